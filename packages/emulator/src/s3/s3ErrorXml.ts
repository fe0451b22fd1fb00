import type { S3Error } from './S3Error.ts'

/** The XML body S3 sends with an error. */
export function s3ErrorXml(error: S3Error, requestId: string): string {
  const details = Object.entries(error.details)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<Error><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>` +
    `${details}<RequestId>${requestId}</RequestId></Error>`
  )
}

/** Escapes text for an XML element. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
