import type { AitoearnAssetType } from './aitoearnAssetTypes.ts'

/** The user the emulator's API key belongs to. */
export const EMULATOR_USER_ID = 'emu-user'

/**
 * The object key of a new asset, generated from the user and the asset type like
 * AiToEarn's: `{type}/{userId}/{yyyyMMdd}/{id}.{ext}` (the extension of the file name,
 * lower-cased; none when it has none).
 */
export function assetPathFor(type: AitoearnAssetType, id: string, filename: string, now: Date = new Date()): string {
  const date = now.toISOString().slice(0, 10).replace(/-/g, '')
  const dot = filename.lastIndexOf('.')
  const ext = dot > 0 ? filename.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 10) : ''
  return `${type}/${EMULATOR_USER_ID}/${date}/${id}${ext ? `.${ext}` : ''}`
}
