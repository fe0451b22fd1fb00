/**
 * Where the aliyun-vod handler reports upstream failures. Messages never
 * contain the AccessKey secret, signatures, URLs with queries or bodies.
 *
 * @example
 * ```ts
 * const logger: AliyunVodLogger = { warn: (message) => pino.warn(message) }
 * ```
 */
export interface AliyunVodLogger {
  warn(message: string): void
}

/**
 * VOD parameters the server decides, whatever the browser sends.
 *
 * @example
 * ```ts
 * const fixed: AliyunVodFixedParams = { appId: 'app-1000000', templateGroupId: 'a1b2…', cateId: 12001111 }
 * ```
 */
export interface AliyunVodFixedParams {
  readonly appId?: string
  readonly cateId?: number
  readonly storageLocation?: string
  /** JSON text or object (message callback, upload acceleration…). */
  readonly userData?: string | Readonly<Record<string, unknown>>
  /** Video only: the transcoding template group. */
  readonly templateGroupId?: string
  /** Video only: the workflow to run after upload. */
  readonly workflowId?: string
}

/**
 * Account-level VOD parameters the browser may choose, besides the `fixed`
 * one: anything else it sends for these fields is refused with 400 naming
 * the field. Empty by default: the browser chooses none of them.
 *
 * @example
 * ```ts
 * const allowed: AliyunVodAllowedParams = { cateIds: [1000, 1001], templateGroupIds: ['a1b2…', 'c3d4…'] }
 * ```
 */
export interface AliyunVodAllowedParams {
  readonly appIds?: readonly string[]
  readonly storageLocations?: readonly string[]
  readonly cateIds?: readonly number[]
  readonly templateGroupIds?: readonly string[]
  readonly workflowIds?: readonly string[]
}

/**
 * Options of `aliyunVodHandler`.
 *
 * @example
 * ```ts
 * const options: AliyunVodHandlerOptions = {
 *   accessKeyId: process.env.ALIYUN_ACCESS_KEY_ID!,
 *   accessKeySecret: process.env.ALIYUN_ACCESS_KEY_SECRET!,
 *   region: 'cn-shanghai',
 * }
 * ```
 */
export interface AliyunVodHandlerOptions {
  /** The account or RAM user's AccessKey ID (needs `vod:CreateUploadImage`, `vod:CreateUploadVideo`, `vod:RefreshUploadVideo`). */
  readonly accessKeyId: string
  /** Its secret. Stays on the server: it signs the RPC calls and is never sent, echoed or logged. */
  readonly accessKeySecret: string
  /** When the AccessKey is itself an STS credential: its `SecurityToken`. */
  readonly securityToken?: string
  /** VOD region, e.g. `cn-shanghai` (default), `cn-beijing`, `ap-southeast-1`. */
  readonly region?: string
  /**
   * The VOD API origin. Default `https://vod.{region}.aliyuncs.com`; the
   * emulator's is `http://127.0.0.1:{base+4}`. Fixed at start-up: the browser can never choose it.
   */
  readonly endpoint?: string
  /**
   * The account-level parameters (`AppId`, `StorageLocation`, `CateId`,
   * `TemplateGroupId`, `WorkflowId`, `UserData`); a browser value other than
   * these (or one in `allowed`) is refused with 400. `fixed.userData` is the
   * only source of `MessageCallback` and `Extend`.
   */
  readonly fixed?: AliyunVodFixedParams
  /** Other values of the account-level parameters the browser may choose. */
  readonly allowed?: AliyunVodAllowedParams
  /** Per-attempt timeout in ms. Default 10000. */
  readonly timeoutMs?: number
  /** Extra attempts after a 5xx, network error or timeout (each one signed anew). Default 2. */
  readonly retries?: number
  /** Delay before the first retry in ms, doubled for each further one. Default 200. */
  readonly backoffMs?: number
  /** The fetch used to reach VOD. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch
  /** Where failures are reported. Default `console`; `false` for silence. */
  readonly logger?: AliyunVodLogger | false
}
