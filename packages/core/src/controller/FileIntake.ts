import { MediaUploaderError } from '../errors/MediaUploaderError.ts'
import { checkRestrictions, type RestrictionFailure } from '../internal/checkRestrictions.ts'
import { fileExtension } from '../internal/fileExtension.ts'
import { mimeForExtension } from '../internal/mimeForExtension.ts'
import type { UploadFile } from '../types.ts'
import type { UploaderControllerConfig } from '../UploaderControllerConfig.ts'
import { createFileRecord, fileRefOf, type FileRecord } from './FileRecord.ts'
import type { UploaderStore } from './UploaderStore.ts'

let instances = 0

/**
 * Lists added Blobs. Each gets an id, a name and a type (from the extension
 * when the browser gave none) and a record in the store: `queued`, or
 * `rejected` by the provider's rules or the app's restrictions (type, size,
 * count, duplicates) before any network call. Holds the dedupe keys
 * (`name\0size\0lastModified`) of the listed files.
 *
 * @example
 * ```ts
 * const intake = new FileIntake<Result>(config, store)
 * const record = intake.admit(file)
 * if (record.phase === 'queued') scheduler.toSign(record.view.id)
 * ```
 */
export class FileIntake<R> {
  readonly #instance = ++instances
  readonly #keys = new Set<string>()
  #seq = 0

  constructor(
    readonly config: UploaderControllerConfig<R, string>,
    readonly store: UploaderStore<R>,
  ) {}

  /** Lists one Blob (inserted into the store) and returns its record. */
  admit(blob: Blob): FileRecord<R> {
    const seq = ++this.#seq
    const name = (blob as File).name || `file-${seq}`
    const key = `${name}\0${blob.size}\0${(blob as File).lastModified}`
    const type = blob.type || mimeForExtension(fileExtension(name)) || ''
    const id = `mu${this.#instance}-${seq}`
    const view: UploadFile<R> = { id, name, size: blob.size, type, data: blob, status: 'queued', phase: 'queued', bytesUploaded: 0, progress: 0, result: undefined, error: undefined, media: undefined }
    const { counts, records } = this.store
    const restrictions = this.config.restrictions ?? {}
    const max = restrictions.maxFiles ?? Infinity
    const failure: RestrictionFailure | undefined =
      checkRestrictions(view, this.config.rules, restrictions) ??
      (records.size - counts.rejected - counts.canceled >= max
        ? { code: 'too-many-files', params: { max } }
        : restrictions.rejectDuplicates !== false && this.#keys.has(key)
          ? { code: 'duplicate-file' }
          : undefined)
    const record = createFileRecord<R>(view)
    if (failure) {
      record.phase = 'rejected'
      record.view = { ...view, status: 'rejected', phase: 'rejected', error: this.rejection(record, failure) }
    } else this.#keys.add((record.key = key))
    this.store.insert(record)
    return record
  }

  /** The file left the list: the same file may be added again. */
  release(record: FileRecord<R>): void {
    if (record.key !== undefined) this.#keys.delete(record.key)
  }

  /** The error of a file the rules, the restrictions or `onBeforeUpload` refused. */
  rejection(record: FileRecord<R>, failure: RestrictionFailure): MediaUploaderError {
    return new MediaUploaderError(failure.code, { provider: this.config.providerId, file: fileRefOf(record), params: failure.params, messages: this.config.messages })
  }
}
