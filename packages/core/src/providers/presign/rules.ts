import type { ProviderRules } from '../../provider.ts'

/** Seed 001's `ext` enum (the endpoint answers 400 for anything else); sign calls are batched, so many files are signed ahead. */
export const presignRules: ProviderRules = {
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'],
  signAhead: 64,
}
