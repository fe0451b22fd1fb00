// COMPONENT
export { MediaUploader } from './MediaUploader.tsx'
export type { MediaUploaderProps } from './MediaUploaderProps.ts'
export type { UploadSummary } from './UploadSummary.ts'
export type { UploaderCallbacks } from './UploaderCallbacks.ts'
export type { ListView } from './ListView.ts'
export { FileThumbnail, type FileThumbnailProps } from './components/FileThumbnail.tsx'
export { FileName } from './components/FileName.tsx'

// HOOKS
export { useUploader } from './useUploader.ts'
export { useUploaderState } from './useUploaderState.ts'
export { useUploaderSnapshot } from './useUploaderSnapshot.ts'
export { useUploadFileIds } from './useUploadFileIds.ts'
export { useUploadFile } from './useUploadFile.ts'
export { useUploadTotals, type UploadTotalsWithSpeed } from './useUploadTotals.ts'
export { useFileSpeed, type UploadSpeed } from './useFileSpeed.ts'
export { useUploaderEvents } from './useUploaderEvents.ts'
export { useDropzone } from './useDropzone.ts'
export type {
  DropzoneButtonProps,
  DropzoneInputProps,
  DropzoneRootProps,
  DropzoneState,
  UseDropzoneOptions,
  UseDropzoneResult,
} from './useDropzone.ts'

// I18N
export type { Locale } from './Locale.ts'
export { messages } from './messages/messages.ts'
export { messagesEn } from './messages/messagesEn.ts'
export { messagesZhCN } from './messages/messagesZhCN.ts'
export type { MessageOverrides, PluralMessage, UploaderMessages } from './messages/UploaderMessages.ts'

// ERRORS
export { errorDetail, type ErrorDetail } from './errorDetail.ts'
export { developerHints } from './messages/developerHints.ts'
export { developerHintsZhCN } from './messages/developerHintsZhCN.ts'

// CORE (re-exported for convenience)
export { formatBytes, formatDuration, resizeImage, type ResizeImageOptions } from '@media-uploader/core'
export type {
  BeforeUpload,
  FileStatus,
  MediaUploaderError,
  ProviderId,
  ProviderOptions,
  ProviderResult,
  Restrictions,
  UploadController,
  UploaderSnapshot,
  UploaderStatus,
  UploadFile,
  UploadTotals,
} from '@media-uploader/core'
