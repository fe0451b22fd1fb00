import { AwsV4Signer } from 'aws4fetch'
import type { Clock } from '../../clock/Clock.ts'
import { imagexFailure } from './imagexFailure.ts'

/** The STS credentials and the place one ByteDance OpenAPI call goes to. */
export interface OpenApiTarget {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly region: string
  /** SigV4 service: `imagex` or `vod`. */
  readonly service: 'imagex' | 'vod'
  /** OpenAPI origin. */
  readonly origin: string
  /** Query parameters every call carries (`Version`, `ServiceId` / `SpaceName`). */
  readonly query: Readonly<Record<string, string>>
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => (b + 256).toString(16).slice(1)).join('')

/**
 * One ByteDance OpenAPI call (ImageX or VOD), SigV4-signed by aws4fetch
 * (the target's service and region, `x-amz-security-token`; with a body, a
 * signed `x-amz-content-sha256` of the exact bytes), dated by the
 * controller's clock. Resolves to `Result`; rejects with an `ImagexFailure`
 * carrying `ResponseMetadata.Error.Code`.
 *
 * @example
 * ```ts
 * const result = await openApiCall<ApplyResult>(target, { Action: 'ApplyUploadInner', FileType: 'video' }, signal, clock)
 * ```
 */
export async function openApiCall<R>(target: OpenApiTarget, query: Record<string, string>, signal: AbortSignal, clock: Clock, body?: string): Promise<R> {
  const { accessKeyId, secretAccessKey, sessionToken, region, service } = target
  const url = `${target.origin}/?${new URLSearchParams({ ...query, ...target.query })}`
  let headers: Record<string, string> | undefined
  if (body !== undefined) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)))
    headers = { 'content-type': 'application/json', 'x-amz-content-sha256': hex(digest) }
  }
  const datetime = new Date(clock.now()).toISOString().replace(/[:-]|\.\d{3}/g, '')
  const method = body === undefined ? 'GET' : 'POST'
  const signed = await new AwsV4Signer({ url, method, headers, body, accessKeyId, secretAccessKey, sessionToken, region, service, datetime }).sign()
  let response: Response
  try {
    response = await fetch(signed.url, { method, headers: signed.headers, body, signal })
  } catch (error) {
    throw signal.aborted ? error : imagexFailure('network error', 0, undefined, 'NetworkError')
  }
  const json = (await response.json().catch(() => ({}))) as { ResponseMetadata?: { Error?: { Code?: string; Message?: string } }; Result?: R }
  const failure = json.ResponseMetadata?.Error
  if (!response.ok || failure || !json.Result) throw imagexFailure(failure?.Message ?? `HTTP ${response.status}`, response.status, failure?.Code)
  return json.Result
}
