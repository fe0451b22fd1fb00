import * as z from 'zod/mini'
import { presignExtensions } from './presignExtensions.ts'
import { PRESIGN_BATCH_LIMIT, PRESIGN_MAX_DIMENSION, PRESIGN_MAX_DURATION } from './presignLimits.ts'
import { presignObjectTypes } from './presignObjectTypes.ts'

const extension = z.pipe(
  z.pipe(z.string(), z.transform((ext) => ext.toLowerCase())),
  z.enum(presignExtensions, { error: `must be one of ${presignExtensions.join(', ')}` }),
)
const objectType = z.enum(presignObjectTypes, { error: `must be one of ${presignObjectTypes.join(', ')}` })
const dimensionMessage = `must be a positive integer up to ${PRESIGN_MAX_DIMENSION}`
const dimension = z.int({ error: dimensionMessage }).check(z.positive(dimensionMessage), z.maximum(PRESIGN_MAX_DIMENSION, dimensionMessage))
const durationMessage = `must be a positive number up to ${PRESIGN_MAX_DURATION}`
const duration = z.number({ error: durationMessage }).check(z.positive(durationMessage), z.maximum(PRESIGN_MAX_DURATION, durationMessage))

/**
 * One file's sign request as JSON: `ext` (any case), the pixel size of
 * images and thumbnails, the duration of videos, and what the object is.
 * The item of a batch request and, as strings, the `GET` query.
 *
 * @example
 * ```ts
 * presignSignRequestSchema.parse({ ext: 'JPG', width: 640, height: 480, type: 'thumb' }) // ext: 'jpg'
 * ```
 */
export const presignSignRequestSchema = z.object({
  ext: extension,
  width: z.optional(dimension),
  height: z.optional(dimension),
  duration: z.optional(duration),
  type: z.optional(objectType),
})

/**
 * What the browser sends for one file (before validation).
 *
 * @example
 * ```ts
 * const request: PresignSignRequest = { ext: 'mp4', duration: 12.5, type: 'video' }
 * ```
 */
export type PresignSignRequest = z.input<typeof presignSignRequestSchema>

/**
 * A validated sign request: `ext` lower case and one of the accepted extensions.
 *
 * @example
 * ```ts
 * const signed: PresignSignQuery = { ext: 'jpg', width: 2048, height: 1536, type: 'origin' }
 * ```
 */
export type PresignSignQuery = z.output<typeof presignSignRequestSchema>

const positiveInteger = z.pipe(
  z.string().check(z.regex(/^[0-9]{1,9}$/, 'must be a positive integer')),
  z.pipe(z.transform(Number), dimension),
)
const positiveNumber = z.pipe(
  z.string().check(z.regex(/^(?:[0-9]{1,9}(?:\.[0-9]{0,9})?|\.[0-9]{1,9})$/, 'must be a positive number of seconds')),
  z.pipe(z.transform(Number), duration),
)

/**
 * The same request as a `GET` query (`?ext=&width=&height=&duration=&type=`,
 * every value a string); parses to a {@link PresignSignQuery}. Other
 * parameters are dropped.
 *
 * @example
 * ```ts
 * presignSignQuerySchema.parse({ ext: 'JPG', width: '2048' }) // { ext: 'jpg', width: 2048 }
 * ```
 */
export const presignSignQuerySchema = z.object({
  ext: extension,
  width: z.optional(positiveInteger),
  height: z.optional(positiveInteger),
  duration: z.optional(positiveNumber),
  type: z.optional(objectType),
})

/**
 * Many files signed in one round trip: `POST {endpoint}` `{ files: [...] }`
 * (1 to {@link PRESIGN_BATCH_LIMIT} requests).
 *
 * @example
 * ```ts
 * presignBatchRequestSchema.parse({ files: [{ ext: 'jpg', width: 640, height: 480, type: 'origin' }] })
 * ```
 */
export const presignBatchRequestSchema = z.object({
  files: z
    .array(presignSignRequestSchema, { error: 'must be an array' })
    .check(z.minLength(1, 'must not be empty'), z.maxLength(PRESIGN_BATCH_LIMIT, `must hold at most ${PRESIGN_BATCH_LIMIT} files`)),
})

/**
 * A batch sign request as the browser sends it.
 *
 * @example
 * ```ts
 * const batch: PresignBatchRequest = { files: [{ ext: 'png', width: 32, height: 32, type: 'thumb' }] }
 * ```
 */
export type PresignBatchRequest = z.input<typeof presignBatchRequestSchema>
