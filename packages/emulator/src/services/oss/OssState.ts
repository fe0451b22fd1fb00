import type { MultipartUploads } from './MultipartUploads.ts'
import type { StsCredentialStore } from './StsCredentialStore.ts'

/** What the emulated VOD and OSS share: the STS credentials VOD issued and OSS's multipart uploads. */
export interface OssState {
  readonly credentials: StsCredentialStore
  readonly uploads: MultipartUploads
}
