import { requestIdFromBody, requestIdFromHeaders } from './requestIdOf.ts'

/** The error a transport request fails with: status 0 for network errors, else the storage's answer. */
export interface TransportError extends Error {
  readonly status: number
  /** The storage's error code (`SignatureDoesNotMatch`, `SecurityTokenExpired`, …) from the XML `<Code>` or `x-amz-error-code`. */
  readonly serviceCode: string | undefined
  readonly body: string
  /** The storage's id of this request (`x-oss-request-id`, `x-amz-request-id`, …, or `<RequestId>` in the body), for support. */
  readonly requestId: string | undefined
}

/** Options of {@link xhrSend}. */
export interface XhrSendOptions {
  readonly method: string
  readonly url: string
  readonly body?: XMLHttpRequestBodyInit | null
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal
  readonly onProgress?: (loaded: number) => void
}

function transportError(xhr: XMLHttpRequest): TransportError {
  const body = xhr.responseText ?? ''
  // Not `x-oss-ec`: OSS puts a numeric EC there, the name (`SecurityTokenExpired`) is in `<Code>`.
  const serviceCode = /<Code>([^<]+)<\/Code>/.exec(body)?.[1] ?? xhr.getResponseHeader('x-amz-error-code') ?? undefined
  const message = xhr.status ? `storage answered ${xhr.status}${serviceCode ? ` ${serviceCode}` : ''}` : 'network error'
  const requestId = xhr.status ? (requestIdFromHeaders((name) => xhr.getResponseHeader(name)) ?? requestIdFromBody(body)) : undefined
  return Object.assign(new Error(message), { name: 'TransportError', status: xhr.status, serviceCode, body, requestId })
}

/**
 * One upload request over XHR (for upload progress, which fetch lacks), sent
 * once: the retry policy decides about retries. Rejects with an `AbortError`
 * when `signal` aborts, else a {@link TransportError}.
 */
export function xhrSend(options: XhrSendOptions): Promise<XMLHttpRequest> {
  const { signal, onProgress, headers = {} } = options
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Upload aborted', 'AbortError'))
    const xhr = new XMLHttpRequest()
    const abort = () => xhr.abort()
    xhr.open(options.method, options.url)
    for (const name in headers) xhr.setRequestHeader(name, headers[name]!)
    // An upload listener makes a cross-origin request preflighted: only when progress is wanted.
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded)
    signal?.addEventListener('abort', abort)
    xhr.onloadend = () => {
      signal?.removeEventListener('abort', abort)
      if (signal?.aborted) reject(new DOMException('Upload aborted', 'AbortError'))
      else if (xhr.status > 199 && xhr.status < 300) resolve(xhr)
      else reject(transportError(xhr))
    }
    xhr.send(options.body ?? null)
  })
}
