import { z } from 'zod'
import { UNSAFE_TEXT } from '../../internal/unsafeText.ts'
import { aitoearnAssetTypes } from './aitoearnAssetTypes.ts'

/**
 * The browser's body for `POST {basePath}/aitoearn`: the file name (no
 * path, no control characters or bidi overrides, at most 255 characters), its size in bytes
 * and the asset type (default `temp`). Unknown keys are dropped: only these
 * three ever reach AiToEarn.
 *
 * @example
 * ```ts
 * aitoearnSignBodySchema.parse({ filename: 'clip.mp4', size: 1234 }) // { filename: 'clip.mp4', size: 1234, type: 'temp' }
 * ```
 */
export const aitoearnSignBodySchema = z.object({
  filename: z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .max(255, 'must be at most 255 characters')
    .refine((name) => !/[/\\]/.test(name), 'must not contain path separators')
    .refine((name) => !UNSAFE_TEXT.test(name), 'must not contain control characters or bidirectional overrides')
    .refine((name) => name !== '.' && name !== '..', 'must be a file name'),
  size: z
    .number({ error: 'must be a number' })
    .refine((n) => Number.isSafeInteger(n) && n >= 0, 'must be a non-negative integer'),
  type: z.enum(aitoearnAssetTypes, { error: `must be one of ${aitoearnAssetTypes.join(', ')}` }).default('temp'),
})

/**
 * A validated sign request.
 *
 * @example
 * ```ts
 * const body: AitoearnSignBody = { filename: 'photo.jpg', size: 2048, type: 'userMedia' }
 * ```
 */
export type AitoearnSignBody = z.infer<typeof aitoearnSignBodySchema>
