import type { AitoearnAssetType } from './aitoearnAssetTypes.ts'

/** An asset the emulated AiToEarn API signed an upload for. */
export interface AitoearnAsset {
  /** 24 hex digits, like a MongoDB ObjectId. */
  readonly id: string
  /** Object key in the store's bucket. */
  readonly path: string
  readonly filename: string
  readonly type: AitoearnAssetType
  /** The size declared at sign time, if any. */
  readonly size: number | undefined
  /** Content type from the file name (`mime.lookup`), if known. */
  readonly mimeType: string | undefined
  readonly url: string
  confirmed: boolean
}
