import { imagexFailure } from './imagexCall.ts'

/**
 * `POST` of a Blob with XHR (for upload progress); resolves to the JSON answer
 * when the upload host says `code: 2000`. Rejects with an `ImagexFailure`
 * (`status`, `serviceCode` = the host's `code`), a `NetworkError` or, on abort, an `AbortError`.
 */
export function postBytes(url: string, headers: Record<string, string>, body: Blob, signal: AbortSignal, onProgress: (bytes: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    for (const name in headers) xhr.setRequestHeader(name, headers[name] as string)
    xhr.upload.onprogress = (event) => onProgress(event.loaded)
    xhr.responseType = 'json'
    xhr.onload = () => {
      const json = (xhr.response ?? {}) as { code?: number; message?: string }
      if (xhr.status === 200 && json.code === 2000) resolve(json)
      else reject(imagexFailure(json.message ?? `HTTP ${xhr.status}`, xhr.status, json.code === undefined ? undefined : String(json.code)))
    }
    xhr.onerror = () => reject(imagexFailure('network error', 0, undefined, 'NetworkError'))
    signal.addEventListener('abort', () => {
      xhr.abort()
      reject(new DOMException('aborted', 'AbortError'))
    })
    xhr.send(body)
  })
}
