import { xmlText } from './xmlText.ts'
import type { OssCall } from './OssCall.ts'
import { sendOssXml } from './sendOssXml.ts'

/** InitiateMultipartUpload (`POST /{key}?uploads`): the object's Content-Type is taken from this request. */
export async function handleOssInitiateMultipart(call: OssCall): Promise<void> {
  call.request.raw.resume()
  const upload = call.state.uploads.initiate(call.bucket, call.key, call.request.raw.headers['content-type'] ?? 'application/octet-stream')
  sendOssXml(
    call,
    200,
    `<InitiateMultipartUploadResult>\n  <Bucket>${xmlText(call.bucket)}</Bucket>\n  <Key>${xmlText(call.key)}</Key>\n  <UploadId>${upload.uploadId}</UploadId>\n</InitiateMultipartUploadResult>\n`,
  )
}
