import type { ProviderRules } from '../../provider.ts'

/** Images (ImageX `scene:2`); video goes through VOD, which this provider does not implement. */
export const jimengRules: ProviderRules = {
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'heic', 'heif'],
}
