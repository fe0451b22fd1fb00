import { emulatorCredentials } from '../../emulatorCredentials.ts'
import { BodyTooLargeError } from '../../http/BodyTooLargeError.ts'
import { readBody } from '../../http/readBody.ts'
import { escapeUri } from '../escapeUri.ts'
import { escapeXml } from '../s3ErrorXml.ts'
import { S3Error } from '../S3Error.ts'
import { formBoundary, MalformedFormError, parseMultipartForm } from './parseMultipartForm.ts'
import type { PostObjectCall } from './PostObjectCall.ts'
import { verifyPostPolicy } from './verifyPostPolicy.ts'

/** Room for the form's fields and part headers on top of the largest object. */
const FORM_OVERHEAD_BYTES = 1024 * 1024

/**
 * PostObject: a browser-based `multipart/form-data` upload to `POST /{bucket}` with a
 * SigV4 POST policy. Fields after the `file` part are ignored (as S3 does). The object
 * is stored only after the whole body arrived and the policy (signature, expiry,
 * conditions, `content-length-range`) passed. Answers `success_action_status`
 * (default 204) with `ETag` and `Location`.
 */
export async function handlePostObject(call: PostObjectCall): Promise<void> {
  const { request, res, bucket, context } = call
  const { config, store } = context
  const headers = request.raw.headers
  const boundary = formBoundary(headers['content-type'])
  if (boundary === undefined) {
    throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
      Condition: 'Bucket POST must be of the enclosure-type multipart/form-data',
    })
  }
  const limit = config.maxObjectBytes + FORM_OVERHEAD_BYTES
  const declared = Number(headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw entityTooLarge(declared, config.maxObjectBytes)
  let body: Buffer
  try {
    body = await readBody(request.body, limit)
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw entityTooLarge(limit, config.maxObjectBytes)
    throw error
  }
  let form
  try {
    form = parseMultipartForm(body, boundary)
  } catch (error) {
    if (error instanceof MalformedFormError) {
      throw new S3Error(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.')
    }
    throw error
  }
  if (!form.fields.some(([name]) => name.toLowerCase() === 'key')) {
    throw new S3Error(400, 'InvalidArgument', "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", {
      ArgumentName: 'key',
      ArgumentValue: '',
    })
  }
  if (form.file === undefined) {
    throw new S3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request.', { ArgumentName: 'file', ArgumentValue: '0' })
  }
  const verified = await verifyPostPolicy({
    bucket,
    fields: form.fields,
    file: { filename: form.file.filename, size: form.file.bytes.length },
    accessKeys: context.accessKeys,
    region: emulatorCredentials.region,
    flavour: config.s3.flavour,
  })
  if (form.file.bytes.length > config.maxObjectBytes) throw entityTooLarge(form.file.bytes.length, config.maxObjectBytes)
  const stored = store.put({
    bucket,
    key: verified.key,
    bytes: form.file.bytes,
    contentType: verified.contentType ?? (config.s3.flavour === 'r2' ? 'application/octet-stream' : 'binary/octet-stream'),
    metadata: verified.metadata,
  })
  const location = `http://${headers.host ?? '127.0.0.1'}/${escapeUri(bucket)}/${verified.key.split('/').map(escapeUri).join('/')}`
  const answer = { ...call.responseHeaders, etag: stored.etag, location }
  if (verified.successStatus === 201) {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>' +
      `<PostResponse><Location>${escapeXml(location)}</Location><Bucket>${escapeXml(bucket)}</Bucket>` +
      `<Key>${escapeXml(verified.key)}</Key><ETag>${escapeXml(stored.etag)}</ETag></PostResponse>`
    res.writeHead(201, { ...answer, 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(xml)) })
    res.end(xml)
    return
  }
  res.writeHead(verified.successStatus, { ...answer, 'content-length': '0' })
  res.end()
}

function entityTooLarge(proposed: number, max: number): S3Error {
  return new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
    ProposedSize: String(proposed),
    MaxSizeAllowed: String(max),
  })
}
