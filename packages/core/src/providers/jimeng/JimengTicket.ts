import type { AppliedUpload } from './applyUpload.ts'
import type { AppliedVideoUpload } from './applyVideoUpload.ts'

/** What the sign step hands the upload and commit steps: an applied image or video upload (with the token it was made with). */
export type JimengTicket = { readonly kind: 'image'; readonly applied: AppliedUpload } | { readonly kind: 'video'; readonly applied: AppliedVideoUpload }
