import { createHash } from 'node:crypto'
import { queryValue } from '../../s3/QueryList.ts'
import { multipartUploadOf } from './multipartUploadOf.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'
import { OSS_MAX_PUT_BYTES, readOssChunks } from './readOssChunks.ts'

/** UploadPart (`PUT /{key}?partNumber=N&uploadId=…`), N in 1..10000; answers the part's `ETag`. */
export async function handleOssUploadPart(call: OssCall): Promise<void> {
  const raw = queryValue(call.query, 'partNumber') ?? ''
  const partNumber = Number(raw)
  if (!/^\d{1,5}$/.test(raw) || partNumber < 1 || partNumber > 10_000) {
    throw new OssError(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive.', { ArgumentName: 'partNumber', ArgumentValue: raw })
  }
  const upload = multipartUploadOf(call)
  const md5 = createHash('md5')
  const { chunks, size } = await readOssChunks(call, OSS_MAX_PUT_BYTES, [md5])
  const part = call.state.uploads.putPart(upload, partNumber, chunks, size, md5.digest())
  call.res.writeHead(200, { ...call.responseHeaders, etag: part.etag, 'content-length': '0' })
  call.res.end()
}
