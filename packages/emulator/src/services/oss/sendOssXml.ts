import type { OssCall } from './OssCall.ts'

/** Answers with an XML document (`application/xml`). */
export function sendOssXml(call: OssCall, status: number, xml: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`
  call.res.writeHead(status, {
    ...call.responseHeaders,
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
  })
  call.res.end(body)
}
