import type { ProviderRules } from '../../provider.ts'

/** Images and videos; the API itself accepts any file name, the widget is for media. */
export const aitoearnRules: ProviderRules = {
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'heic', 'mp4', 'mov', 'webm', 'm4v'],
}
