import type { AppliedUpload } from './applyUpload.ts'

/** What the sign step hands the upload and commit steps: an applied upload (with the token it was made with). */
export interface JimengTicket {
  readonly applied: AppliedUpload
}
