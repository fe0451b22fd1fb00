import { AwsClient } from 'aws4fetch'
import type { Clock } from '../../clock/Clock.ts'
import type { JimengToken } from './jimengToken.ts'

/** An error from ImageX or its upload host, shaped for the controller's classification. */
export interface ImagexFailure extends Error {
  readonly status?: number
  /** `ResponseMetadata.Error.Code` (`ExpiredToken`, …) or the upload host's numeric `code`. */
  readonly serviceCode?: string
}

/** Builds an {@link ImagexFailure}. */
export const imagexFailure = (message: string, status?: number, serviceCode?: string, name = 'ImagexError'): ImagexFailure =>
  Object.assign(new Error(message), { name, status, serviceCode })

/** Whether ImageX refused the request's time (SigV4 `x-amz-date` too far from its clock). */
export const isSkewed = (error: unknown): boolean => /^(InvalidTimestamp|RequestTimeTooSkewed)$/.test((error as ImagexFailure)?.serviceCode ?? '')

/** Whether an error means the STS token (or the upload `Auth` issued with it) is no longer valid. */
export const isExpiredToken = (error: unknown): boolean => /^(ExpiredToken|InvalidSecurityToken|InvalidAccessKey|4003)$/.test((error as ImagexFailure)?.serviceCode ?? '')

/**
 * One ImageX OpenAPI call, SigV4-signed by aws4fetch (service `imagex`, the
 * token's region, `x-amz-security-token`; with a body, a signed
 * `x-amz-content-sha256` of the exact bytes), dated by the controller's
 * clock. Resolves to `Result`.
 */
export async function imagexCall<R>(token: JimengToken, query: Record<string, string>, signal: AbortSignal, clock: Clock, body?: string): Promise<R> {
  const { accessKeyId, secretAccessKey, sessionToken, region, serviceId } = token
  const client = new AwsClient({ accessKeyId, secretAccessKey, sessionToken, region, service: 'imagex', retries: 0 })
  const url = `${token.imagex}/?${new URLSearchParams({ ...query, Version: '2018-08-01', ServiceId: serviceId })}`
  let headers: Record<string, string> | undefined
  if (body !== undefined) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)))
    headers = { 'content-type': 'application/json', 'x-amz-content-sha256': [...digest].map((b) => (b + 256).toString(16).slice(1)).join('') }
  }
  const datetime = new Date(clock.now()).toISOString().replace(/[:-]|\.\d{3}/g, '')
  const request = await client.sign(url, { method: body === undefined ? 'GET' : 'POST', headers, body, aws: { datetime } })
  let response: Response
  try {
    response = await fetch(request, { signal })
  } catch (error) {
    throw signal.aborted ? error : imagexFailure('network error', 0, undefined, 'NetworkError')
  }
  const json = (await response.json().catch(() => ({}))) as { ResponseMetadata?: { Error?: { Code?: string; Message?: string } }; Result?: R }
  const failure = json.ResponseMetadata?.Error
  if (!response.ok || failure || !json.Result) throw imagexFailure(failure?.Message ?? `HTTP ${response.status}`, response.status, failure?.Code)
  return json.Result
}
