/** Seed 000's `type` enum (19 asset types; default `temp`). */
export const AITOEARN_ASSET_TYPES = [
  'aiImage', 'aiVideo', 'aiCard', 'aiChatImage', 'aideoOutput', 'videoEdit', 'dramaRecap', 'styleTransfer', 'imageEdit',
  'subtitle', 'userMedia', 'userFile', 'publishMedia', 'avatar', 'agentSession', 'videoThumbnail', 'googlePlace',
  'brandLibrary', 'temp',
] as const

/** One of {@link AITOEARN_ASSET_TYPES}. */
export type AitoearnAssetType = (typeof AITOEARN_ASSET_TYPES)[number]
