/** The error a transport request fails with: status 0 for network errors, else the storage's answer. */
export interface TransportError extends Error {
  readonly status: number
  /** The storage's error code (`SignatureDoesNotMatch`, `SecurityTokenExpired`, …) from the XML `<Code>` or `x-amz-error-code`. */
  readonly serviceCode: string | undefined
  readonly body: string
}

/** Options of {@link xhrSend}. */
export interface XhrSendOptions {
  readonly method: string
  readonly url: string
  readonly body?: XMLHttpRequestBodyInit | null
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal
  readonly onProgress?: (loaded: number) => void
  /** Retries after a network error, 429 or 5xx. Default 3 (after 300, 600, 1200 ms). */
  readonly retries?: number
}

const RETRY_BASE_MS = 300

function transportError(xhr: XMLHttpRequest): TransportError {
  const body = xhr.responseText ?? ''
  // Not `x-oss-ec`: OSS puts a numeric EC there, the name (`SecurityTokenExpired`) is in `<Code>`.
  const serviceCode = /<Code>([^<]+)<\/Code>/.exec(body)?.[1] ?? xhr.getResponseHeader('x-amz-error-code') ?? undefined
  const message = xhr.status ? `storage answered ${xhr.status}${serviceCode ? ` ${serviceCode}` : ''}` : 'network error'
  return Object.assign(new Error(message), { name: 'TransportError', status: xhr.status, serviceCode, body })
}

const abortError = () => new DOMException('Upload aborted', 'AbortError')

function once(options: XhrSendOptions): Promise<XMLHttpRequest> {
  const { signal, onProgress, headers = {} } = options
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const abort = () => xhr.abort()
    xhr.open(options.method, options.url)
    for (const name in headers) xhr.setRequestHeader(name, headers[name]!)
    // An upload listener makes a cross-origin request preflighted: only when progress is wanted.
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded)
    signal?.addEventListener('abort', abort)
    xhr.onloadend = () => {
      signal?.removeEventListener('abort', abort)
      if (signal?.aborted) reject(abortError())
      else if (xhr.status > 199 && xhr.status < 300) resolve(xhr)
      else reject(transportError(xhr))
    }
    xhr.send(options.body ?? null)
  })
}

/**
 * One upload request over XHR (for upload progress, which fetch lacks), retried
 * with backoff on network errors, 429 and 5xx (a file that still fails with a
 * network error is retried by the controller when the browser is back online). Rejects with an `AbortError` when `signal` aborts, else a
 * {@link TransportError}.
 */
export async function xhrSend(options: XhrSendOptions): Promise<XMLHttpRequest> {
  const retries = options.retries ?? 3
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw abortError()
    try {
      return await once(options)
    } catch (error) {
      const status = (error as Partial<TransportError>).status
      const retryable = status === 0 || status === 429 || (status !== undefined && status >= 500)
      if (!retryable || attempt >= retries || options.signal?.aborted) throw error
      await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * 2 ** attempt))
    }
  }
}
