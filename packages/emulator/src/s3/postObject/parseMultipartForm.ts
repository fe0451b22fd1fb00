import type { FormFile, MultipartForm } from './MultipartForm.ts'

/** Thrown for a body that is not well-formed `multipart/form-data`. */
export class MalformedFormError extends Error {
  override readonly name = 'MalformedFormError'
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

/** The `boundary` parameter of a `multipart/form-data` content type, or `undefined`. */
export function formBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

/**
 * Parses a whole `multipart/form-data` body. The part named `file` (case-insensitive)
 * is the upload; fields after it are listed in `ignoredAfterFile` (S3 ignores them).
 * Throws {@link MalformedFormError}.
 */
export function parseMultipartForm(body: Buffer, boundary: string): MultipartForm {
  const delimiter = Buffer.from(`--${boundary}`)
  let position = body.indexOf(delimiter)
  if (position === -1) throw new MalformedFormError('no boundary')
  const fields: [string, string][] = []
  const ignoredAfterFile: string[] = []
  let file: FormFile | undefined
  const next = Buffer.from(`\r\n--${boundary}`)
  for (;;) {
    position += delimiter.length
    // `--` after a delimiter closes the body.
    if (body[position] === 0x2d && body[position + 1] === 0x2d) break
    if (!body.subarray(position, position + 2).equals(CRLF)) throw new MalformedFormError('bad delimiter line')
    const headerStart = position + 2
    const headerEnd = body.indexOf(HEADER_END, headerStart)
    if (headerEnd === -1) throw new MalformedFormError('unterminated part headers')
    const headers = parseHeaders(body.subarray(headerStart, headerEnd).toString('utf8'))
    const contentStart = headerEnd + HEADER_END.length
    const contentEnd = body.indexOf(next, contentStart)
    if (contentEnd === -1) throw new MalformedFormError('unterminated part')
    const disposition = parseDisposition(headers.get('content-disposition'))
    const content = body.subarray(contentStart, contentEnd)
    if (file !== undefined) ignoredAfterFile.push(disposition.name)
    else if (disposition.name.toLowerCase() === 'file') {
      file = { filename: disposition.filename ?? '', contentType: headers.get('content-type'), bytes: Buffer.from(content) }
    } else fields.push([disposition.name, content.toString('utf8')])
    position = contentEnd + 2 // at the next `--boundary`
  }
  return { fields, file, ignoredAfterFile }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) throw new MalformedFormError('bad part header')
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

function parseDisposition(value: string | undefined): { name: string; filename: string | undefined } {
  if (value === undefined || !/^form-data\s*(;|$)/i.test(value)) throw new MalformedFormError('part without form-data disposition')
  const parameter = (key: string): string | undefined => {
    const match = new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(value) ?? new RegExp(`;\\s*${key}=([^;\\s]+)`, 'i').exec(value)
    return match?.[1]?.replace(/\\(.)/g, '$1')
  }
  const name = parameter('name')
  if (name === undefined) throw new MalformedFormError('part without a name')
  return { name, filename: parameter('filename') }
}
