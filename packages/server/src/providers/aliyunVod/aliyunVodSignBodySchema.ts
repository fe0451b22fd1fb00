import { aliyunVodSignRequestSchema, type AliyunVodSignBody } from '@media-uploader/contracts/aliyun-vod'
import * as z from 'zod/mini'
import { UNSAFE_TEXT } from '../../internal/unsafeText.ts'

export { aliyunVodExtensionOf, isAliyunVodImageName, type AliyunVodFieldIssue, type AliyunVodSignBody } from '@media-uploader/contracts/aliyun-vod'

const MESSAGE = 'must not contain control characters or bidirectional overrides'
const safe = (key: 'fileName' | 'title' | 'description') =>
  z.refine<AliyunVodSignBody>((body) => !UNSAFE_TEXT.test(body[key] ?? ''), { message: MESSAGE, path: [key], params: { issue: 'invalid' } })

/**
 * The contract's sign request plus the server's own check: no control
 * characters or bidirectional overrides in the file name, title, tags or
 * description (they reach VOD's console and the app's UI). Unknown keys are
 * dropped.
 *
 * @example
 * ```ts
 * aliyunVodSignBodySchema.parse({ fileName: 'clip.mp4', fileSize: 1234, tags: 'a,b' })
 * // { fileName: 'clip.mp4', fileSize: 1234, tags: ['a', 'b'] }
 * ```
 */
export const aliyunVodSignBodySchema = aliyunVodSignRequestSchema.check(
  safe('fileName'),
  safe('title'),
  safe('description'),
  z.refine<AliyunVodSignBody>((body) => !body.tags?.some((tag) => UNSAFE_TEXT.test(tag)), { message: MESSAGE, path: ['tags'], params: { issue: 'invalid' } }),
)
