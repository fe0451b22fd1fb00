import { xmlText } from './xmlText.ts'
import type { OssError } from './OssError.ts'

/** The XML body OSS sends with an error. */
export function ossErrorXml(error: OssError, requestId: string, hostId: string): string {
  const details = Object.entries(error.details)
    .map(([name, value]) => `\n  <${name}>${xmlText(value)}</${name}>`)
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n' +
    `  <Code>${xmlText(error.code)}</Code>\n  <Message>${xmlText(error.message)}</Message>\n` +
    `  <RequestId>${requestId}</RequestId>\n  <HostId>${xmlText(hostId)}</HostId>${details}` +
    (error.ec === undefined ? '' : `\n  <EC>${xmlText(error.ec)}</EC>`) +
    '\n</Error>\n'
  )
}
