import type { JsonValue } from '../../http/JsonValue.ts'
import { AITOEARN_ASSET_TYPES, type AitoearnAssetType } from './aitoearnAssetTypes.ts'

/** A valid `uploadSign` body. */
export interface UploadSignBody {
  readonly filename: string
  readonly type: AitoearnAssetType
  readonly size: number | undefined
}

/**
 * Validates an `uploadSign` body as seed 000 declares it: `filename` a required non-empty
 * string, `type` one of the 19 asset types (default `temp`), `size` an optional
 * non-negative number. `undefined` = invalid (10002 `参数验证失败`).
 */
export function parseUploadSignBody(body: JsonValue): UploadSignBody | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const record = body as { readonly [key: string]: JsonValue }
  const { filename, type, size } = record
  if (typeof filename !== 'string' || filename === '') return undefined
  if (type !== undefined && !(typeof type === 'string' && (AITOEARN_ASSET_TYPES as readonly string[]).includes(type))) return undefined
  if (size !== undefined && !(typeof size === 'number' && Number.isFinite(size) && size >= 0)) return undefined
  return { filename, type: (type as AitoearnAssetType | undefined) ?? 'temp', size }
}
