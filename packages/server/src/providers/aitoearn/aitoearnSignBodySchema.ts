import { aitoearnSignRequestSchema } from '@media-uploader/contracts/aitoearn'
import * as z from 'zod/mini'
import { UNSAFE_TEXT } from '../../internal/unsafeText.ts'

/**
 * The contract's sign request plus the server's own check: the file name
 * holds no control characters or bidi overrides (it ends up in AiToEarn's
 * object path and in the app's UI). Unknown keys are dropped: only
 * `filename`, `size` and `type` ever reach AiToEarn.
 *
 * @example
 * ```ts
 * aitoearnSignBodySchema.parse({ filename: 'clip.mp4', size: 1234 }) // { filename: 'clip.mp4', size: 1234, type: 'temp' }
 * ```
 */
export const aitoearnSignBodySchema = aitoearnSignRequestSchema.check(
  z.refine((body) => typeof body.filename !== 'string' || !UNSAFE_TEXT.test(body.filename), {
    message: 'must not contain control characters or bidirectional overrides',
    path: ['filename'],
  }),
)
