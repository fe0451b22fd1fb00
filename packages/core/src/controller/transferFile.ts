import { providerFileOf, type FileRecord } from './FileRecord.ts'
import type { ProviderRunner } from './ProviderRunner.ts'
import type { UploaderStore } from './UploaderStore.ts'

/** What {@link transferFile} reports besides the store. */
export interface TransferHooks {
  readonly signal: AbortSignal
  /** Bytes stored plus in flight, as the provider reports them (Uppy's `upload-progress`). */
  onProgress(bytes: number): void
  /** The provider renewed the ticket (expired URL or credential). */
  onTicket(ticket: unknown): void
}

/**
 * The upload and commit phases of one signed file: the bytes (skipped when a
 * receipt is kept from an attempt whose commit failed), then `committing`
 * and the commit. The record follows along: progress, what the storage
 * acknowledged, the share an earlier session had stored. Resolves to
 * `{ result }`, or `undefined` when the file was stopped meanwhile; rejects with
 * the step's error.
 *
 * @example
 * ```ts
 * const done = await transferFile(record, runner, store, { signal, onProgress, onTicket })
 * ```
 */
export async function transferFile<R>(record: FileRecord<R>, runner: ProviderRunner<R>, store: UploaderStore<R>, hooks: TransferHooks): Promise<{ readonly result: R } | undefined> {
  const { signal } = hooks
  const live = () => !signal.aborted && store.has(record)
  const file = providerFileOf(record)
  const share = (bytes: number) => (file.size ? bytes / file.size : 0)
  if (!record.receipt) {
    const value = await runner.upload(file, record.ticket, {
      signal,
      onTicket: hooks.onTicket,
      onProgress: (bytes) => {
        hooks.onProgress(bytes)
        if (live() && record.phase === 'uploading') store.patch(record, { bytesUploaded: bytes, progress: share(bytes) })
      },
      onStored: (bytes) => {
        if (live()) record.stored = bytes
      },
      onResume: (bytes) => {
        if (live()) store.patch(record, { resumedFrom: share(bytes) })
      },
    })
    record.receipt = { value }
  }
  if (!live()) return undefined
  store.transition(record, 'committing', { bytesUploaded: file.size, progress: 1 })
  const result = await runner.commit(file, record.ticket, record.receipt.value, signal)
  if (!live()) return undefined
  record.ticket = record.receipt = undefined
  record.stored = 0
  store.transition(record, 'done', { result })
  return { result }
}
