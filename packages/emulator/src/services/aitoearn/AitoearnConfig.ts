/** How the emulated AiToEarn API lets the browser upload. */
export type AitoearnUploadMode = 'put' | 'post'

/** Behaviour of the emulated AiToEarn asset API (`emulator.config.aitoearn`, `PATCH /_config {aitoearn:{…}}`). */
export interface AitoearnConfig {
  /**
   * `put` (default, what AiToEarn does): `uploadUrl` is a SigV4 query-presigned PUT URL into
   * the store and `uploadFields` is `{}`. `post`: `uploadUrl` is the bucket URL and
   * `uploadFields` an S3 POST policy form (the file goes last).
   */
  mode: AitoearnUploadMode
  /** AiToEarn's `maxSize`: `size >= maxSize` is 12752 `AssetTooLarge` at sign and at confirm. */
  maxSize: number
  /** The POST policy's `content-length-range` maximum; `null` (default) = `maxSize`. */
  policyMaxSize: number | null
  /** Lifetime of upload URLs and policies in seconds (AiToEarn's `signExpires`, default 300). */
  signExpiresSeconds: number
  /** The `X-Api-Key` the API accepts (default `emulatorCredentials.aitoearnApiKey`); change it to test a wrong key. */
  apiKey: string
}

/** Defaults of {@link AitoearnConfig} (`maxSize` is S3's single-PUT limit, 5 GiB). */
export const DEFAULT_AITOEARN_MAX_SIZE = 5 * 1024 ** 3
