import type { ProviderRules } from '../../provider.ts'

/** Seed 001's `ext` enum. The endpoint answers 400 for anything else. */
export const presignRules: ProviderRules = {
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'],
}
