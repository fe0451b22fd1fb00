import type { RestrictionFailure } from '../internal/checkRestrictions.ts'
import type { MediaInfo } from '../types.ts'
import type { UploaderControllerConfig } from '../UploaderControllerConfig.ts'
import { providerFileOf, type FileRecord } from './FileRecord.ts'
import type { ProviderRunner } from './ProviderRunner.ts'
import { runBeforeUpload } from './runBeforeUpload.ts'
import type { UploaderStore } from './UploaderStore.ts'

/** A signed file, or why `onBeforeUpload` (or the restrictions on its replacement) refused it. */
export type SignOutcome = { readonly ticket: unknown } | { readonly failure: RestrictionFailure }

/**
 * The sign phase of one file: the app's `onBeforeUpload` (once per file; a
 * replacement is applied to the record), then the provider's sign step, with
 * media facts probed at most once per file.
 *
 * @example
 * ```ts
 * const outcome = await signFile(record, runner, store, config, signal)
 * ```
 */
export async function signFile<R>(
  record: FileRecord<R>,
  runner: ProviderRunner<R>,
  store: UploaderStore<R>,
  config: Pick<UploaderControllerConfig<R>, 'onBeforeUpload' | 'rules' | 'restrictions'>,
  signal: AbortSignal,
): Promise<SignOutcome> {
  if (config.onBeforeUpload && !record.prepared) {
    const outcome = await runBeforeUpload(config.onBeforeUpload, record.view, config.rules, config.restrictions, signal)
    if ('failure' in outcome) return outcome
    if (outcome.replacement) {
      record.media = undefined
      store.patch(record, outcome.replacement)
    }
    record.prepared = true
  }
  const probeMedia = (probe: (blob: Blob, kind: string) => Promise<MediaInfo>): Promise<MediaInfo> =>
    (record.media ??= probe(record.view.data, record.view.type.split('/')[0] ?? '').then((media) => {
      if (store.has(record)) store.patch(record, { media })
      return media
    }))
  return { ticket: await runner.sign(providerFileOf(record), signal, probeMedia) }
}
