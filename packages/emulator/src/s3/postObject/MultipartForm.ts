/** The uploaded file of a POST form. */
export interface FormFile {
  /** The `filename` of its `Content-Disposition` (may be empty). */
  readonly filename: string
  /** Its part's `Content-Type`, if any (S3 does not use it for the object). */
  readonly contentType: string | undefined
  readonly bytes: Buffer
}

/** A parsed `multipart/form-data` body, as S3 reads it: fields up to the file, then the file. */
export interface MultipartForm {
  /** Text fields before the file, in order (names as sent). */
  readonly fields: readonly (readonly [name: string, value: string])[]
  /** The `file` part, if there was one. */
  readonly file: FormFile | undefined
  /** Names of the parts after the file, which S3 ignores. */
  readonly ignoredAfterFile: readonly string[]
}
