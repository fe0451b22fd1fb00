import { z } from 'zod'
import { aitoearnAssetTypes } from './aitoearnAssetTypes.ts'

/** C0 and C1 control characters and DEL. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/**
 * The browser's body for `POST {basePath}/aitoearn`: the file name (no
 * path, no control characters, at most 255 characters), its size in bytes
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
    .refine((name) => !CONTROL.test(name), 'must not contain control characters')
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
