import type { ErrorFileRef } from '../errors/MediaUploaderError.ts'
import { fileExtension } from '../internal/fileExtension.ts'
import type { ProviderFile } from '../provider.ts'
import type { MediaInfo, UploadFile } from '../types.ts'
import type { FilePhase } from './FilePhase.ts'

/**
 * Everything the controller knows about one file, in one place. `view` is the
 * immutable object the UI sees (replaced on every change); the rest is the
 * controller's own bookkeeping.
 */
export interface FileRecord<R> {
  view: UploadFile<R>
  /** Same as `view.phase`; kept on the record for the controller's reads. */
  phase: FilePhase
  /** Dedupe key (`name\0size\0lastModified`) while this file holds it. */
  key: string | undefined
  /** The provider's sign result; kept across pause and failed uploads so they resume. */
  ticket: unknown
  /** Bytes the storage acknowledged for the kept ticket (multipart parts); what a paused resumable file keeps. */
  stored: number
  /** The provider's upload result; kept when the commit fails so a retry only commits. */
  receipt: { readonly value: unknown } | undefined
  /** Aborts whatever runs for this file (sign, upload or commit). */
  abort: AbortController | undefined
  /** The Uppy file of the current upload attempt (a run of any other is stale). */
  uppyId: string | undefined
  /** `onBeforeUpload` has run and its result is applied. */
  prepared: boolean
  media: Promise<MediaInfo> | undefined
}

/** A new record for `view`. */
export function createFileRecord<R>(view: UploadFile<R>): FileRecord<R> {
  return { view, phase: view.phase, key: undefined, ticket: undefined, stored: 0, receipt: undefined, abort: undefined, uppyId: undefined, prepared: false, media: undefined }
}

/** The file as a provider's steps see it. */
export function providerFileOf<R>({ view: { id, name, size, type, data } }: FileRecord<R>): ProviderFile {
  return { id, name, size, type, data, extension: fileExtension(name) }
}

/** The file as errors name it (never its bytes). */
export function fileRefOf<R>({ view: { id, name, size, type } }: FileRecord<R>): ErrorFileRef {
  return { id, name, size, type }
}

/** What a file that waits (paused, re-queued) shows as uploaded: the bytes storage keeps for it when its upload resumes, else 0. */
export function keptBytes<R>({ ticket, stored, view }: FileRecord<R>): { bytesUploaded: number; progress: number } {
  const bytesUploaded = ticket !== undefined && view.resumable ? stored : 0
  return { bytesUploaded, progress: view.size ? bytesUploaded / view.size : 0 }
}
