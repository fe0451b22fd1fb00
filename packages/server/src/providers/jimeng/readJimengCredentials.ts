import { JimengApiError } from './JimengApiError.ts'

/** The STS credentials in a `get_upload_token` answer, and the rest of its `data` (service id, space, upload domain). */
export interface JimengCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  /** A non-empty string field of `data` (`service_id`, `space_name`, `upload_domain`), if any. */
  field(name: string): string | undefined
}

/**
 * Reads `{ret:"0", data:{access_key_id, secret_access_key, session_token, …}}`
 * (or a bare credentials object, as seed 003 prints it). Throws
 * {@link JimengApiError} for `ret ≠ "0"` and a `TypeError` when credentials are missing.
 *
 * @example
 * ```ts
 * const { accessKeyId, field } = readJimengCredentials(await response.json())
 * const serviceId = field('service_id') ?? 'tb4s082cfz'
 * ```
 */
export function readJimengCredentials(body: unknown): JimengCredentials {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (record.ret !== undefined && String(record.ret) !== '0') throw new JimengApiError(String(record.ret), String(record.errmsg ?? ''))
  const data = (typeof record.data === 'object' && record.data !== null ? record.data : record) as Record<string, unknown>
  const { access_key_id: accessKeyId, secret_access_key: secretAccessKey, session_token: sessionToken } = data
  if (typeof accessKeyId !== 'string' || typeof secretAccessKey !== 'string' || typeof sessionToken !== 'string' || !accessKeyId || !secretAccessKey || !sessionToken) {
    throw new TypeError('no credentials')
  }
  const field = (name: string): string | undefined => {
    const value = data[name]
    return typeof value === 'string' && value ? value : undefined
  }
  return { accessKeyId, secretAccessKey, sessionToken, field }
}
