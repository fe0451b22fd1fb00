import { queryValue } from '../../s3/QueryList.ts'
import { xmlText } from './xmlText.ts'
import { multipartUploadOf } from './multipartUploadOf.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'
import { sendOssXml } from './sendOssXml.ts'

/** ListParts (`GET /{key}?uploadId=…[&max-parts=&part-number-marker=]`), parts after the marker in order, 1000 at most. */
export async function handleOssListParts(call: OssCall): Promise<void> {
  call.request.raw.resume()
  const upload = multipartUploadOf(call)
  const maxParts = Number(queryValue(call.query, 'max-parts') ?? 1000)
  const marker = Number(queryValue(call.query, 'part-number-marker') ?? 0)
  if (!Number.isInteger(maxParts) || maxParts < 1 || maxParts > 1000 || !Number.isInteger(marker) || marker < 0) {
    throw new OssError(400, 'InvalidArgument', 'max-parts must be 1..1000 and part-number-marker a non-negative integer.')
  }
  const after = [...upload.parts.values()].filter((part) => part.partNumber > marker).sort((a, b) => a.partNumber - b.partNumber)
  const page = after.slice(0, maxParts)
  const truncated = after.length > page.length
  const parts = page
    .map(
      (part) =>
        `  <Part>\n    <PartNumber>${part.partNumber}</PartNumber>\n    <LastModified>${part.lastModified.toISOString()}</LastModified>\n` +
        `    <ETag>${xmlText(part.etag)}</ETag>\n    <Size>${part.size}</Size>\n  </Part>\n`,
    )
    .join('')
  sendOssXml(
    call,
    200,
    `<ListPartsResult>\n  <Bucket>${xmlText(call.bucket)}</Bucket>\n  <Key>${xmlText(call.key)}</Key>\n  <UploadId>${upload.uploadId}</UploadId>\n` +
      `  <PartNumberMarker>${marker}</PartNumberMarker>\n  <NextPartNumberMarker>${page.at(-1)?.partNumber ?? marker}</NextPartNumberMarker>\n` +
      `  <MaxParts>${maxParts}</MaxParts>\n  <IsTruncated>${truncated}</IsTruncated>\n${parts}</ListPartsResult>\n`,
  )
}
