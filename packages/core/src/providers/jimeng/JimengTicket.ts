import type { KyInstance } from 'ky'
import type { AppliedUpload } from './applyUpload.ts'

/** What `prepare` hands the transport: an applied upload, and what it takes to apply again. */
export interface JimengTicket {
  readonly endpoint: string
  readonly http: KyInstance
  readonly applied: AppliedUpload
}
