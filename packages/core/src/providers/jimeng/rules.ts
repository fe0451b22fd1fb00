import { jimengExtensions } from '@media-uploader/contracts/jimeng'
import type { ProviderRules } from '../../provider.ts'

/** Images (ImageX, `scene: 2`) and mp4/mov/webm videos (ByteDance VOD, `scene: 1`); the lists are the contract's. */
export const jimengRules: ProviderRules = {
  extensions: jimengExtensions,
}
