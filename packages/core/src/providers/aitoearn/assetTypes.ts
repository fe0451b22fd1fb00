/** Seed 000's `type` enum: where AiToEarn files the asset. Default `temp`. */
export const assetTypes = [
  'aiImage', 'aiVideo', 'aiCard', 'aiChatImage', 'aideoOutput', 'videoEdit', 'dramaRecap', 'styleTransfer', 'imageEdit',
  'subtitle', 'userMedia', 'userFile', 'publishMedia', 'avatar', 'agentSession', 'videoThumbnail', 'googlePlace',
  'brandLibrary', 'temp',
] as const

/** One of the 19 AiToEarn asset types. */
export type AssetType = (typeof assetTypes)[number]
