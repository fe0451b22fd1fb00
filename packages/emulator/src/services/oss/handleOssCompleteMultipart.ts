import { createHash } from 'node:crypto'
import { readBody } from '../../http/readBody.ts'
import { xmlText } from './xmlText.ts'
import { multipartUploadOf } from './multipartUploadOf.ts'
import type { OssCall } from './OssCall.ts'
import { ossObjectUrl } from './ossObjectUrl.ts'
import { OssError } from './OssError.ts'
import { sendOssXml } from './sendOssXml.ts'

/** OSS's smallest part, except the last one. */
export const OSS_MIN_PART_BYTES = 100 * 1024

/**
 * CompleteMultipartUpload (`POST /{key}?uploadId=…` with
 * `<CompleteMultipartUpload><Part><PartNumber/><ETag/></Part>…`): checks the
 * list (ascending, every part uploaded with that ETag, all but the last
 * ≥ 100 KB), then stores the object (ETag `"<md5 of the part md5s>-N"`) and forgets the upload.
 */
export async function handleOssCompleteMultipart(call: OssCall): Promise<void> {
  const upload = multipartUploadOf(call)
  const xml = (await readBody(call.request.body, 1024 * 1024)).toString('utf8')
  const listed = [...xml.matchAll(/<Part>\s*<PartNumber>\s*(\d+)\s*<\/PartNumber>\s*<ETag>\s*([^<]*?)\s*<\/ETag>\s*<\/Part>/g)].map((m) => ({
    partNumber: Number(m[1]),
    etag: (m[2] as string).replace(/&quot;|&#34;/g, '"'),
  }))
  if (!/<CompleteMultipartUpload>/.test(xml) || listed.length === 0) {
    throw new OssError(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.')
  }
  const chunks: Buffer[] = []
  const md5s: Buffer[] = []
  for (const [index, item] of listed.entries()) {
    if (index > 0 && item.partNumber <= (listed[index - 1] as { partNumber: number }).partNumber) {
      throw new OssError(400, 'InvalidPartOrder', 'The list of parts was not in ascending order. Parts list must be specified in order by part number.')
    }
    const part = upload.parts.get(item.partNumber)
    if (part === undefined || unquote(part.etag).toUpperCase() !== unquote(item.etag).toUpperCase()) {
      throw new OssError(400, 'InvalidPart', 'One or more of the specified parts could not be found or the specified entity tag might not have matched the part\'s entity tag.', {
        PartNumber: String(item.partNumber),
        ETag: item.etag,
      })
    }
    if (index < listed.length - 1 && part.size < OSS_MIN_PART_BYTES) {
      throw new OssError(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.', {
        PartNumber: String(item.partNumber),
        MinSizeAllowed: String(OSS_MIN_PART_BYTES),
      })
    }
    chunks.push(...part.chunks)
    md5s.push(Buffer.from(unquote(part.etag), 'hex'))
  }
  const etag = `"${createHash('md5').update(Buffer.concat(md5s)).digest('hex').toUpperCase()}-${listed.length}"`
  call.context.store.put({
    bucket: call.bucket,
    key: call.key,
    bytes: chunks,
    contentType: upload.contentType,
    metadata: {},
    // No whole-object MD5, as on OSS: the multipart ETag; the store hashes for inspection only when asked.
    digests: { etag },
  })
  call.state.uploads.delete(upload.uploadId)
  const location = ossObjectUrl(call.endpoint, call.bucket, call.key)
  sendOssXml(
    call,
    200,
    `<CompleteMultipartUploadResult>\n  <Location>${xmlText(location)}</Location>\n  <Bucket>${xmlText(call.bucket)}</Bucket>\n` +
      `  <Key>${xmlText(call.key)}</Key>\n  <ETag>${xmlText(etag)}</ETag>\n</CompleteMultipartUploadResult>\n`,
  )
}

function unquote(etag: string): string {
  return etag.replace(/^"|"$/g, '')
}
