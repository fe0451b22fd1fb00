import {
  aliyunVodImageTicketSchema,
  aliyunVodUploadAddressSchema,
  aliyunVodUploadAuthSchema,
  aliyunVodVideoTicketSchema,
  type AliyunVodUploadTicket,
} from '@media-uploader/contracts/aliyun-vod'

/**
 * Checks a ticket about to be sent to the browser against the contract: the
 * ticket itself, then `UploadAddress` and `UploadAuth` base64-decoded (`atob`,
 * as the browser decodes them) and parsed as JSON with
 * `aliyunVodUploadAddressSchema` / `aliyunVodUploadAuthSchema`. The browser
 * trusts a success answer without checking it, so a VOD answer that fails
 * here must never become a 200.
 *
 * @returns `undefined` when the ticket matches the contract, otherwise the
 *   name of the first field that does not (`'UploadAuth.SecurityToken'`,
 *   `'UploadAddress'` when it is not base64 JSON…): a field name, never a
 *   value, so it can be logged.
 *
 * @example
 * ```ts
 * const fault = aliyunVodTicketFault({ VideoId: 'v1', UploadAddress: btoa('{}'), UploadAuth: 'eyJ…' })
 * // 'UploadAddress.Endpoint'
 * ```
 */
export function aliyunVodTicketFault(ticket: AliyunVodUploadTicket): string | undefined {
  const outer = ('VideoId' in ticket ? aliyunVodVideoTicketSchema : aliyunVodImageTicketSchema).safeParse(ticket)
  if (!outer.success) return fieldOf('', outer.error.issues)
  for (const [name, schema] of [['UploadAddress', aliyunVodUploadAddressSchema], ['UploadAuth', aliyunVodUploadAuthSchema]] as const) {
    let decoded: unknown
    try {
      decoded = JSON.parse(atob(ticket[name]))
    } catch {
      return name
    }
    const inner = schema.safeParse(decoded)
    if (!inner.success) return fieldOf(name, inner.error.issues)
  }
  return undefined
}

/** The path of the first issue (the schema's own keys only), under `prefix`. */
function fieldOf(prefix: string, issues: readonly { readonly path: readonly PropertyKey[] }[]): string {
  return [prefix, ...(issues[0]?.path ?? []).map(String)].filter(Boolean).join('.') || 'ticket'
}
