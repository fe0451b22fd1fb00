import * as z from 'zod/mini'
import { aliyunVodExtensions, isAliyunVodFileName } from './aliyunVodExtensions.ts'
import { ALIYUN_VOD_LIMITS } from './aliyunVodLimits.ts'

const encoder = new TextEncoder()
const bytes = (text: string): number => encoder.encode(text).length

const tooLong = (max: number) =>
  z.refine<string>((text) => bytes(text) <= max, {
    error: (issue) => `must be at most ${max} bytes (UTF-8), got ${bytes(String(issue.input))}`,
    params: { issue: 'too-long', limit: max },
  })
const invalid = { issue: 'invalid' } as const
const id = (what: string) => z.optional(z.string({ error: 'must be a string' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, `must be a VOD ${what} id`)))

const tags = z.pipe(
  z.pipe(
    z.union([z.string(), z.array(z.string())], { error: 'must be a string or an array of strings' }),
    z.transform((value: string | string[]) => (typeof value === 'string' ? value.split(',') : value)),
  ),
  z.array(z.string()).check(
    z.refine((list) => list.length <= ALIYUN_VOD_LIMITS.tags, {
      error: (issue) => `must be at most ${ALIYUN_VOD_LIMITS.tags} tags, got ${(issue.input as string[]).length}`,
      params: { issue: 'too-many', limit: ALIYUN_VOD_LIMITS.tags },
    }),
    z.refine((list) => list.every((tag) => bytes(tag) <= ALIYUN_VOD_LIMITS.tagBytes), {
      error: (issue) => `must each be at most ${ALIYUN_VOD_LIMITS.tagBytes} bytes (UTF-8); "${(issue.input as string[]).find((tag) => bytes(tag) > ALIYUN_VOD_LIMITS.tagBytes)?.slice(0, 40)}" is longer`,
      params: { issue: 'too-long', limit: ALIYUN_VOD_LIMITS.tagBytes },
    }),
    z.refine((list) => list.every((tag) => tag.trim() !== '' && !tag.includes(',')), { error: 'must not be empty or contain commas', params: invalid }),
  ),
)

const positiveInteger = 'must be a positive integer'
const cateId = z.pipe(
  z.union([z.number(), z.pipe(z.string().check(z.regex(/^[0-9]{1,16}$/)), z.transform(Number))], { error: positiveInteger }),
  z.number().check(z.refine((n) => Number.isSafeInteger(n) && n > 0, { error: positiveInteger, params: invalid })),
)

const userData = z.pipe(
  z.pipe(
    z.union([z.string(), z.record(z.string(), z.unknown())], { error: 'must be a JSON object or its text' }),
    z.transform((value: string | Record<string, unknown>) => (typeof value === 'string' ? value : JSON.stringify(value))),
  ),
  z.string().check(tooLong(ALIYUN_VOD_LIMITS.userDataBytes), z.refine(isJsonObject, { error: 'must be a JSON object', params: invalid })),
)

/**
 * The browser's body for `POST {basePath}/aliyun-vod`: the file's name and
 * size, plus VOD's optional parameters checked against the limits VOD
 * documents (Title ≤ 128 bytes, Description ≤ 1024, ≤ 16 Tags of ≤ 32
 * bytes, ImageType `default|cover`, a file name ending in one of
 * `aliyunVodExtensions`, UserData a JSON object ≤ 2048 bytes, CateId a
 * positive integer). `tags` may be an array or comma-separated text,
 * `userData` an object or its JSON text; unknown keys are dropped. A refusal
 * carries `params: { issue, limit? }` for the field error. The server adds
 * its own checks (control characters) and decides the account-level fields.
 *
 * @example
 * ```ts
 * aliyunVodSignRequestSchema.parse({ fileName: 'clip.mp4', fileSize: 1234, tags: 'a,b' })
 * // { fileName: 'clip.mp4', fileSize: 1234, tags: ['a', 'b'] }
 * ```
 */
export const aliyunVodSignRequestSchema = z.object({
  fileName: z.string({ error: 'must be a string' }).check(
    z.minLength(1, 'must not be empty'),
    tooLong(ALIYUN_VOD_LIMITS.fileNameBytes),
    z.refine((name) => !/[/\\]/.test(name), { error: 'must be a file name without path separators', params: invalid }),
    z.refine(isAliyunVodFileName, { error: `must end in one of .${aliyunVodExtensions.join(', .')}`, params: invalid }),
  ),
  fileSize: z.optional(
    z.number({ error: 'must be a number' }).check(z.refine((n) => Number.isSafeInteger(n) && n >= 0, { error: 'must be a non-negative integer', params: invalid })),
  ),
  title: z.optional(
    z.string({ error: 'must be a string' }).check(tooLong(ALIYUN_VOD_LIMITS.titleBytes), z.refine((text) => text.trim() !== '', { error: 'must not be blank', params: invalid })),
  ),
  tags: z.optional(tags),
  description: z.optional(z.string({ error: 'must be a string' }).check(tooLong(ALIYUN_VOD_LIMITS.descriptionBytes))),
  cateId: z.optional(cateId),
  imageType: z.optional(z.enum(['default', 'cover'], { error: 'must be default or cover' })),
  storageLocation: z.optional(
    z.string({ error: 'must be a string' }).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,255}$/, 'must be a storage address such as outin-….oss-cn-shanghai.aliyuncs.com')),
  ),
  userData: z.optional(userData),
  appId: z.optional(z.string({ error: 'must be a string' }).check(z.regex(/^app-[A-Za-z0-9_-]{1,64}$/, 'must look like app-1000000'))),
  templateGroupId: id('template group'),
  workflowId: id('workflow'),
})

/**
 * What the browser sends (before validation).
 *
 * @example
 * ```ts
 * const request: AliyunVodSignRequest = { fileName: 'clip.mp4', fileSize: 1234, title: 'Launch', tags: ['2025', 'event'] }
 * ```
 */
export type AliyunVodSignRequest = z.input<typeof aliyunVodSignRequestSchema>

/**
 * A validated sign request: `tags` a list, `userData` JSON text, `cateId` a number.
 *
 * @example
 * ```ts
 * const body: AliyunVodSignBody = { fileName: 'photo.png', title: 'Sunset', tags: ['sea', 'sky'] }
 * ```
 */
export type AliyunVodSignBody = z.output<typeof aliyunVodSignRequestSchema>

function isJsonObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}
