/**
 * The 19 asset types AiToEarn files uploads under (seed 000's `type` enum).
 * The default is `temp`.
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
