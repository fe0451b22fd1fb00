export { createUploader } from './createUploader.ts'
export type { CreateUploaderOptions } from './createUploaderOptions.ts'
export { UploaderController, type UploaderControllerConfig } from './UploaderController.ts'
export { phaseTransitions, statusOfPhase, type FilePhase } from './controller/FilePhase.ts'
export { defaultRetryPolicy, type RetryPolicy } from './retry/RetryPolicy.ts'
export type { Clock } from './clock/Clock.ts'
export { MediaUploaderError, isMediaUploaderError, type ErrorFileRef, type MediaUploaderErrorOptions } from './errors/MediaUploaderError.ts'
export type { ErrorCode } from './errors/ErrorCode.ts'
export { errorMessagesEn, errorMessagesZh, formatMessage, errorMessage, type ErrorMessages, type MessageParams, type LocalizedText, type Locale } from './errors/messages.ts'
export { defineProvider } from './provider.ts'
export { acceptedExtensions } from './acceptedExtensions.ts'
export { formatBytes } from './internal/formatBytes.ts'
export { formatDuration } from './formatDuration.ts'
export { resizeImage, type ResizeImageOptions } from './resizeImage.ts'
export type {
  Provider,
  ProviderRules,
  ProviderFile,
  StepContext,
  UploadIO,
  ProviderSession,
  ClassifiedError,
  ResultOf,
  OptionsOf,
} from './provider.ts'
export { providerRegistry, type ProviderRegistry, type ProviderId, type ProviderResult, type ProviderOptions } from './registry.ts'
export type {
  FileStatus,
  UploadFile,
  MediaInfo,
  UploadTotals,
  UploaderStatus,
  UploaderSnapshot,
  UploaderEvents,
  Restrictions,
  UploadController,
  BeforeUpload,
  BeforeUploadResult,
} from './types.ts'
export type { PresignResult } from './providers/presign/presign.ts'
export type { AitoearnResult, AitoearnOptions } from './providers/aitoearn/aitoearn.ts'
export { assetTypes, type AssetType } from './providers/aitoearn/assetTypes.ts'
export type { AliyunVodResult, AliyunVodOptions } from './providers/aliyun-vod/aliyun-vod.ts'
export type { JimengResult } from './providers/jimeng/jimeng.ts'
