import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { BodyTooLargeError } from '../../http/BodyTooLargeError.ts'
import { readBody } from '../../http/readBody.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import { formBoundary, MalformedFormError, parseMultipartForm } from '../../s3/postObject/parseMultipartForm.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import { OssError } from './OssError.ts'
import { ossObjectUrl } from './ossObjectUrl.ts'
import type { OssState } from './OssState.ts'
import { VOD_REGION } from './vodBucket.ts'
import { verifyOssPostPolicy } from './verifyOssPostPolicy.ts'
import { xmlText } from './xmlText.ts'

/** A PostObject request (`POST /` on the bucket host, `multipart/form-data`). */
export interface OssPostCall {
  readonly request: ServiceRequest
  readonly res: ServerResponse
  readonly bucket: string
  readonly context: ServiceContext
  readonly state: OssState
  /** This store's endpoint, for `Location`. */
  readonly endpoint: string
  /** Request id, server and CORS headers. */
  readonly responseHeaders: Readonly<Record<string, string>>
}

/** Room for the fields on top of the largest object. */
const FORM_OVERHEAD_BYTES = 1024 * 1024

/**
 * PostObject: a browser form upload authenticated by its policy (V1 or V4, with the STS token),
 * stored only once the whole form arrived and passed {@link verifyOssPostPolicy}. Answers
 * `success_action_status` (204 by default; 201 with a `PostResponse` XML) with `ETag`.
 *
 * @example
 * ```ts
 * await handleOssPostObject({ request, res, bucket, context, state, endpoint, responseHeaders })
 * ```
 */
export async function handleOssPostObject(call: OssPostCall): Promise<void> {
  const { request, res, bucket, context } = call
  const boundary = formBoundary(request.raw.headers['content-type'])
  if (boundary === undefined) throw new OssError(400, 'InvalidArgument', 'PostObject must be multipart/form-data.')
  let body: Buffer
  try {
    body = await readBody(request.body, context.config.maxObjectBytes + FORM_OVERHEAD_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new OssError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.')
    throw error
  }
  let form
  try {
    form = parseMultipartForm(body, boundary)
  } catch (error) {
    if (error instanceof MalformedFormError) throw new OssError(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.')
    throw error
  }
  if (form.file === undefined) throw new OssError(400, 'InvalidArgument', 'PostObject requires a file field.', { ArgumentName: 'file' })
  const fields = new Map<string, string>()
  for (const [name, value] of form.fields) if (!fields.has(name.toLowerCase())) fields.set(name.toLowerCase(), value)
  const { key } = verifyOssPostPolicy({
    bucket,
    fields,
    fileName: form.file.filename,
    fileSize: form.file.bytes.length,
    accessKeys: context.accessKeys,
    credentials: call.state.credentials,
    region: VOD_REGION,
    now: Date.now(),
  })
  const md5 = createHash('md5').update(form.file.bytes).digest('hex')
  const etag = `"${md5.toUpperCase()}"`
  const metadata: Record<string, string> = {}
  for (const [name, value] of fields) if (name.startsWith('x-oss-meta-') && name.length > 11) metadata[name.slice(11)] = value
  context.store.put({ bucket, key, bytes: form.file.bytes, contentType: fields.get('content-type') ?? 'application/octet-stream', metadata, digests: { md5, etag } })
  const location = ossObjectUrl(call.endpoint, bucket, key)
  const status = fields.get('success_action_status')
  const headers = { ...call.responseHeaders, etag, location }
  if (status === '201') {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse>\n  <Bucket>${xmlText(bucket)}</Bucket>\n  <Location>${xmlText(location)}</Location>\n  <Key>${xmlText(key)}</Key>\n  <ETag>${xmlText(etag)}</ETag>\n</PostResponse>\n`
    res.writeHead(201, { ...headers, 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(xml)) })
    res.end(xml)
    return
  }
  res.writeHead(status === '200' ? 200 : 204, { ...headers, 'content-length': '0' })
  res.end()
}
