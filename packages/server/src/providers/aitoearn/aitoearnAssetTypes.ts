/**
 * The 19 asset types AiToEarn's `POST /api/assets/uploadSign` accepts (its
 * `type` enum, seed 000). The default is `temp`.
 *
 * @example
 * ```ts
 * aitoearnAssetTypes.includes('userMedia') // true
 * ```
 */
export const aitoearnAssetTypes = [
  'aiImage',
  'aiVideo',
  'aiCard',
  'aiChatImage',
  'aideoOutput',
  'videoEdit',
  'dramaRecap',
  'styleTransfer',
  'imageEdit',
  'subtitle',
  'userMedia',
  'userFile',
  'publishMedia',
  'avatar',
  'agentSession',
  'videoThumbnail',
  'googlePlace',
  'brandLibrary',
  'temp',
] as const

/**
 * One of {@link aitoearnAssetTypes}.
 *
 * @example
 * ```ts
 * const type: AitoearnAssetType = 'userMedia'
 * ```
 */
export type AitoearnAssetType = (typeof aitoearnAssetTypes)[number]
