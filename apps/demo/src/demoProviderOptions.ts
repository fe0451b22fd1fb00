import type { ProviderId, ProviderOptions } from '@media-uploader/core'

/**
 * The `providerOptions` the demo gives each provider's widget (one line per
 * provider; none for the ones that need no options).
 *
 * @example
 * ```tsx
 * <MediaUploader provider={provider} providerOptions={demoProviderOptions[provider]} />
 * ```
 */
export const demoProviderOptions: { readonly [Id in ProviderId]?: ProviderOptions<Id> } = {
  aitoearn: { type: 'userMedia' },
}
