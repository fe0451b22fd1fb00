/**
 * AiToEarn's response envelope as the aitoearn handler answers the browser:
 * `code` 0 is success; anything else is a business error (401 wrong key,
 * 10002 invalid parameters, 12752 asset too large, …) or, with `data: null`,
 * the handler's own error (its HTTP status as `code`). Unlike the presign
 * envelope, the text is in `message`, not `msg`.
 *
 * @example
 * ```ts
 * const denied: AitoearnEnvelope<null> = { code: 401, message: 'Unauthorized', data: null }
 * ```
 */
export interface AitoearnEnvelope<T = unknown> {
  readonly code: number
  readonly message: string
  readonly data?: T
  /** AiToEarn's request id, when it sent one. */
  readonly requestId?: string
}

/**
 * The part of AiToEarn's `UploadResultVo` the browser needs to upload.
 *
 * @example
 * ```ts
 * const ticket: AitoearnUploadTicket = { id: 'a1', path: 'u/1/a.jpg', url: 'https://cdn/u/1/a.jpg', uploadUrl: 'https://s3/…' }
 * ```
 */
export interface AitoearnUploadTicket {
  /** Asset id (for the confirm step). */
  readonly id: string
  /** Object path in AiToEarn's store. */
  readonly path: string
  /** The asset's URL. */
  readonly url: string
  /** A presigned PUT URL, or the bucket URL of a POST-policy form when `uploadFields` is not empty. */
  readonly uploadUrl: string
  /** POST-policy form fields (sent before the file), when the upload is a form POST. */
  readonly uploadFields?: Readonly<Record<string, string>>
  /** The ownership grant for `id` (opaque): send it back with the confirm call. */
  readonly grant?: string
}

/**
 * What the confirm step tells the browser: the asset id and its final URL.
 *
 * @example
 * ```ts
 * const asset: AitoearnConfirmedAsset = { id: 'a1', url: 'https://cdn/u/1/a.jpg' }
 * ```
 */
export interface AitoearnConfirmedAsset {
  readonly id?: string
  readonly url?: string
}
