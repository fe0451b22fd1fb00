import * as z from 'zod/mini'

/** Seed 001's success envelope; every field the seed declares is checked. */
export const presignResponse = z.object({
  code: z.number(),
  msg: z.string(),
  data: z.nullable(z.object({ url: z.string(), key: z.string() })),
})

export type PresignResponse = z.infer<typeof presignResponse>
