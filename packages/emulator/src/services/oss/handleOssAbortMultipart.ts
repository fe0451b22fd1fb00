import { multipartUploadOf } from './multipartUploadOf.ts'
import type { OssCall } from './OssCall.ts'

/** AbortMultipartUpload (`DELETE /{key}?uploadId=…`): 204, the parts are dropped. */
export async function handleOssAbortMultipart(call: OssCall): Promise<void> {
  call.request.raw.resume()
  call.state.uploads.delete(multipartUploadOf(call).uploadId)
  call.res.writeHead(204, call.responseHeaders)
  call.res.end()
}
