import { z } from 'zod'
import { UNSAFE_TEXT } from '../../internal/unsafeText.ts'
import { aliyunVodImageExtensions, aliyunVodVideoExtensions } from './aliyunVodExtensions.ts'

const encoder = new TextEncoder()
const bytes = (text: string): number => encoder.encode(text).length

const CONTROL = UNSAFE_TEXT

/**
 * What went wrong with a field, for the browser to localize (`params` of the zod issue).
 *
 * @example
 * ```ts
 * const issue: AliyunVodFieldIssue = 'too-many' // more than 16 Tags
 * ```
 */
export type AliyunVodFieldIssue = 'too-long' | 'too-many' | 'invalid' | 'not-allowed'

const tooLong = (max: number) => ({
  error: (issue: { input: unknown }) => `must be at most ${max} bytes (UTF-8), got ${bytes(String(issue.input))}`,
  params: { issue: 'too-long', limit: max },
})

const text = (max: number) => z.string({ error: 'must be a string' }).refine((s) => bytes(s) <= max, tooLong(max))

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

const isImageExtension = (ext: string): boolean => (aliyunVodImageExtensions as readonly string[]).includes(ext)
const isVideoExtension = (ext: string): boolean => (aliyunVodVideoExtensions as readonly string[]).includes(ext)

/**
 * The browser's body for `POST {basePath}/aliyun-vod`: the file's name and
 * size plus the optional VOD parameters, each checked against the limits
 * VOD documents (Title ≤ 128 bytes, Description ≤ 1024 bytes, ≤ 16 Tags of
 * ≤ 32 bytes each, ImageType `default|cover`, ImageExt `png|jpg|jpeg|gif`,
 * UserData a JSON object, CateId a positive integer…). Unknown keys are
 * dropped. `tags` may be an array or a comma-separated string; `userData` an
 * object or its JSON text.
 *
 * An image (`png|jpg|jpeg|gif`) is signed with `CreateUploadImage`; every
 * other accepted extension with `CreateUploadVideo`.
 *
 * @example
 * ```ts
 * aliyunVodSignBodySchema.parse({ fileName: 'clip.mp4', fileSize: 1234, tags: 'a,b' })
 * // { fileName: 'clip.mp4', fileSize: 1234, tags: ['a', 'b'] }
 * ```
 */
export const aliyunVodSignBodySchema = z.object({
  fileName: z
    .string({ error: 'must be a string' })
    .min(1, 'must not be empty')
    .refine((name) => bytes(name) <= 1024, tooLong(1024))
    .refine((name) => !/[/\\]/.test(name) && !CONTROL.test(name), { error: 'must be a file name without path separators, control characters or bidirectional overrides', params: { issue: 'invalid' } })
    .refine((name) => isImageExtension(extensionOf(name)) || isVideoExtension(extensionOf(name)), {
      error: `must end in one of .${[...aliyunVodImageExtensions, ...aliyunVodVideoExtensions].join(', .')}`,
      params: { issue: 'invalid' },
    }),
  fileSize: z
    .number({ error: 'must be a number' })
    .refine((n) => Number.isSafeInteger(n) && n >= 0, { error: 'must be a non-negative integer', params: { issue: 'invalid' } })
    .optional(),
  title: text(128).refine((s) => s.trim() !== '' && !CONTROL.test(s), { error: 'must not be blank or contain control characters or bidirectional overrides', params: { issue: 'invalid' } }).optional(),
  tags: z
    .union([z.string(), z.array(z.string())], { error: 'must be a string or an array of strings' })
    .transform((tags) => (typeof tags === 'string' ? tags.split(',') : tags))
    .refine((tags) => tags.length <= 16, { error: (issue) => `must be at most 16 tags, got ${(issue.input as string[]).length}`, params: { issue: 'too-many', limit: 16 } })
    .refine((tags) => tags.every((tag) => bytes(tag) <= 32), {
      error: (issue) => `must each be at most 32 bytes (UTF-8); "${(issue.input as string[]).find((tag) => bytes(tag) > 32)?.slice(0, 40)}" is longer`,
      params: { issue: 'too-long', limit: 32 },
    })
    .refine((tags) => tags.every((tag) => tag.trim() !== '' && !tag.includes(',') && !CONTROL.test(tag)), {
      error: 'must not be empty or contain commas or control characters',
      params: { issue: 'invalid' },
    })
    .optional(),
  description: text(1024).refine((s) => !CONTROL.test(s), { error: 'must not contain control characters or bidirectional overrides', params: { issue: 'invalid' } }).optional(),
  cateId: z
    .union([z.number(), z.string().regex(/^[0-9]{1,16}$/).transform(Number)], { error: 'must be a positive integer' })
    .refine((n) => Number.isSafeInteger(n) && n > 0, { error: 'must be a positive integer', params: { issue: 'invalid' } })
    .optional(),
  imageType: z.enum(['default', 'cover'], { error: 'must be default or cover' }).optional(),
  storageLocation: z
    .string({ error: 'must be a string' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,255}$/, 'must be a storage address such as outin-….oss-cn-shanghai.aliyuncs.com')
    .optional(),
  userData: z
    .union([z.string(), z.record(z.string(), z.unknown())], { error: 'must be a JSON object or its text' })
    .transform((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
    .refine((json) => bytes(json) <= 2048, tooLong(2048))
    .refine(isJsonObject, { error: 'must be a JSON object', params: { issue: 'invalid' } })
    .optional(),
  appId: z
    .string({ error: 'must be a string' })
    .regex(/^app-[A-Za-z0-9_-]{1,64}$/, 'must look like app-1000000')
    .optional(),
  templateGroupId: z.string({ error: 'must be a string' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a VOD template group id').optional(),
  workflowId: z.string({ error: 'must be a string' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a VOD workflow id').optional(),
})

/**
 * A validated sign request.
 *
 * @example
 * ```ts
 * const body: AliyunVodSignBody = { fileName: 'photo.png', title: 'Sunset', tags: ['sea', 'sky'] }
 * ```
 */
export type AliyunVodSignBody = z.infer<typeof aliyunVodSignBodySchema>

/** Whether the validated body is an image (`CreateUploadImage`) rather than a video. */
export function isAliyunVodImage(body: Pick<AliyunVodSignBody, 'fileName'>): boolean {
  return isImageExtension(extensionOf(body.fileName))
}

/** The lower-case extension of a file name (`''` if none). */
export { extensionOf as aliyunVodExtensionOf }

function isJsonObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
