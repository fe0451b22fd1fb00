import { xhrSend, type TransportError } from '../../internal/xhrSend.ts'
import { imagexFailure } from './imagexCall.ts'

interface HostAnswer {
  code?: number
  message?: string
}

const parse = (text: string): HostAnswer => {
  try {
    return (JSON.parse(text) as HostAnswer | null) ?? {}
  } catch {
    return {}
  }
}

/**
 * `POST` of a Blob through {@link xhrSend}, sent once (the retry policy
 * retries); resolves to the JSON answer when the upload
 * host says `code: 2000`. Rejects with an `ImagexFailure` (`status`,
 * `serviceCode` = the host's `code`), a `NetworkError` or, on abort, an `AbortError`.
 */
export async function postBytes(url: string, headers: Record<string, string>, body: Blob, signal: AbortSignal, onProgress: (bytes: number) => void): Promise<unknown> {
  let status: number
  let json: HostAnswer
  try {
    const xhr = await xhrSend({ method: 'POST', url, headers, body, signal, onProgress })
    status = xhr.status
    json = parse(xhr.responseText)
  } catch (error) {
    const failure = error as Partial<TransportError>
    if (failure.status === undefined) throw error
    if (failure.status === 0) throw imagexFailure('network error', 0, undefined, 'NetworkError')
    status = failure.status
    json = parse(failure.body ?? '')
  }
  if (status === 200 && json.code === 2000) return json
  throw imagexFailure(json.message ?? `HTTP ${status}`, status, json.code === undefined ? undefined : String(json.code))
}
