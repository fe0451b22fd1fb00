import type { CreateUploaderOptions } from './createUploaderOptions.ts'
import type { AnyProvider } from './controller/ProviderRunner.ts'
import { providerRegistry, type ProviderId, type ProviderResult } from './registry.ts'
import type { Uploader } from './Uploader.ts'
import { UploaderController } from './UploaderController.ts'

/**
 * Creates the headless uploader for a built-in provider. Safe to call during
 * server rendering: nothing touches the DOM or the network until files are added.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ provider: 'presign' })
 * uploader.on('upload-success', (file, result) => console.log(result.key))
 * uploader.provider // 'presign'
 * await uploader.add(input.files)
 * ```
 */
export function createUploader<Id extends ProviderId>(options: CreateUploaderOptions<Id>): Uploader<Id> {
  const entry = providerRegistry[options.provider]
  if (!entry) throw new TypeError(`media-uploader: unknown provider "${String(options.provider)}"`)
  return new UploaderController<ProviderResult<Id>, Id>({
    ...options,
    providerId: options.provider,
    rules: entry.rules,
    // `ProviderRegistry[Id]` is a provider whose result is `ProviderResult<Id>`; TypeScript cannot see through the generic index.
    loadProvider: async () => {
      const provider: AnyProvider<unknown> = await entry.load()
      return provider as AnyProvider<ProviderResult<Id>>
    },
  })
}
