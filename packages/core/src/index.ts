export { createUploader } from './createUploader.ts'
export type { CreateUploaderOptions } from './createUploaderOptions.ts'
export type { Uploader } from './Uploader.ts'
export { UploaderController, type UploaderControllerConfig } from './UploaderController.ts'
export { phaseTransitions, statusOfPhase, type FilePhase } from './controller/FilePhase.ts'
export { defaultRetryPolicy, type RetryPolicy } from './retry/RetryPolicy.ts'
export type { Clock } from './clock/Clock.ts'
export { MediaUploaderError, isMediaUploaderError, type ErrorFileRef, type MediaUploaderErrorOptions } from './errors/MediaUploaderError.ts'
export type { ErrorCode } from './errors/ErrorCode.ts'
export { errorMessagesEn, errorMessagesZh, defaultErrorMessages, formatMessage, errorMessage, type ErrorMessages, type ErrorMessageOverrides, type MessageParams, type LocalizedText, type Locale } from './errors/messages.ts'
export { defineProvider } from './provider.ts'
export { SignClient, type SignClientOptions, type SignQuery } from './internal/SignClient.ts'
export { SignHttpError } from './internal/SignHttpError.ts'
export { acceptedExtensions } from './acceptedExtensions.ts'
export { formatBytes } from './internal/formatBytes.ts'
export { formatDuration } from './formatDuration.ts'
export { resizeImage, type ResizeImageOptions } from './resizeImage.ts'
export { clearResumeState } from './resume/clearResumeState.ts'
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
  RetryAllOptions,
  BeforeUpload,
  BeforeUploadResult,
} from './types.ts'
export type { PresignOptions, PresignResult, PresignThumbnail } from './providers/presign/presign.ts'
export { createThumbnail, type Thumbnail, type ThumbnailOptions } from './thumbnails/createThumbnail.ts'
export type { AitoearnResult, AitoearnOptions } from './providers/aitoearn/aitoearn.ts'
export { aitoearnAssetTypes as assetTypes, type AitoearnAssetType as AssetType } from '@media-uploader/contracts/aitoearn'
export type { AliyunVodResult, AliyunVodOptions } from './providers/aliyun-vod/aliyun-vod.ts'
export type { JimengImageResult, JimengResult, JimengVideoResult } from './providers/jimeng/jimeng.ts'
