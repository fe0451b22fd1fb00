import * as z from 'zod/mini'
import { jimengMediaKinds } from './jimengMediaKinds.ts'

/**
 * The browser's `POST {endpoint}` body: which credentials it wants. `kind`
 * defaults to `image` (an empty `{}` asks for ImageX credentials, as before
 * video existed); other keys are dropped, so nothing else reaches Jimeng.
 *
 * @example
 * ```ts
 * jimengSignRequestSchema.parse({}) // { kind: 'image' }
 * jimengSignRequestSchema.parse({ kind: 'video' }) // { kind: 'video' }
 * ```
 */
export const jimengSignRequestSchema = z.object({
  kind: z._default(z.enum(jimengMediaKinds, { error: `must be one of ${jimengMediaKinds.join(', ')}` }), 'image'),
})

/**
 * What the browser sends (before validation).
 *
 * @example
 * ```ts
 * const body: JimengSignRequest = { kind: 'video' }
 * ```
 */
export type JimengSignRequest = z.input<typeof jimengSignRequestSchema>

/**
 * A validated sign request: `kind` always present.
 *
 * @example
 * ```ts
 * const { kind }: JimengSignBody = jimengSignRequestSchema.parse(await request.json())
 * ```
 */
export type JimengSignBody = z.output<typeof jimengSignRequestSchema>
