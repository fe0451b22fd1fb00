import * as z from 'zod/mini'
import { aitoearnAssetTypes } from './aitoearnAssetTypes.ts'

/**
 * The browser's sign request, `POST {endpoint}` `{ filename, size, type? }`:
 * a file name (no path, 1–255 characters), the size in bytes and where
 * AiToEarn files the asset (default `temp`). Other keys are dropped.
 *
 * @example
 * ```ts
 * aitoearnSignRequestSchema.parse({ filename: 'clip.mp4', size: 1234 }) // { filename: 'clip.mp4', size: 1234, type: 'temp' }
 * ```
 */
export const aitoearnSignRequestSchema = z.object({
  filename: z.string({ error: 'must be a string' }).check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(255, 'must be at most 255 characters'),
    z.refine((name) => !/[/\\]/.test(name), 'must not contain path separators'),
    z.refine((name) => name !== '.' && name !== '..', 'must be a file name'),
  ),
  size: z.number({ error: 'must be a number' }).check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, 'must be a non-negative integer')),
  type: z._default(z.enum(aitoearnAssetTypes, { error: `must be one of ${aitoearnAssetTypes.join(', ')}` }), 'temp'),
})

/**
 * What the browser sends to sign one file.
 *
 * @example
 * ```ts
 * const request: AitoearnSignRequest = { filename: 'photo.jpg', size: 2048, type: 'userMedia' }
 * ```
 */
export type AitoearnSignRequest = z.input<typeof aitoearnSignRequestSchema>

/**
 * A validated sign request (`type` filled in).
 *
 * @example
 * ```ts
 * const body: AitoearnSignBody = { filename: 'photo.jpg', size: 2048, type: 'temp' }
 * ```
 */
export type AitoearnSignBody = z.output<typeof aitoearnSignRequestSchema>
