/** An OSS answer that was not 2xx: `status` (absent for a network error) and OSS's `<Code>` as `serviceCode`. */
export interface OssError extends Error {
  readonly status?: number
  readonly serviceCode?: string
}

/**
 * One XHR to OSS (XHR for upload progress), aborted with `signal`. Resolves
 * with the XHR on 2xx; rejects with an {@link OssError} shaped for the
 * controller's classifier (`NetworkError` when nothing came back).
 */
export const ossRequest = (
  verb: string,
  url: string,
  headers: Record<string, string>,
  body: Blob | string | undefined,
  signal: AbortSignal,
  onProgress?: (loaded: number) => void,
): Promise<XMLHttpRequest> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const abort = () => xhr.abort()
    xhr.open(verb, url)
    for (const name in headers) xhr.setRequestHeader(name, headers[name] as string)
    if (onProgress) xhr.upload.onprogress = (event) => onProgress(event.loaded)
    signal.addEventListener('abort', abort)
    xhr.onloadend = () => {
      signal.removeEventListener('abort', abort)
      const status = xhr.status
      const serviceCode = /<Code>(.+?)</.exec(xhr.responseText)?.[1]
      if (status > 199 && status < 300) resolve(xhr)
      else
        reject(
          Object.assign(new Error(status ? `OSS ${status} ${serviceCode}` : 'network error'), {
            name: signal.aborted ? 'AbortError' : status ? 'OssError' : 'NetworkError',
            status: status || undefined,
            serviceCode,
          }),
        )
    }
    xhr.send(body)
  })
