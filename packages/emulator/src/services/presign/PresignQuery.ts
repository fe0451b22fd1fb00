/** Extensions accepted by `/oss/presign` (seed 001). */
export const PRESIGN_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'] as const

/** Object types accepted by `/oss/presign`. */
export const PRESIGN_TYPES = ['thumb', 'origin', 'video'] as const

/** A valid `/oss/presign` query. */
export interface PresignQuery {
  readonly ext: (typeof PRESIGN_EXTENSIONS)[number]
  readonly width?: number
  readonly height?: number
  readonly duration?: number
  readonly type?: (typeof PRESIGN_TYPES)[number]
}

/** The seed's 400 message for a missing or unsupported `ext`. */
export const EXT_MESSAGE = '仅支持图片（jpg、jpeg、png、webp、gif）和视频（mp4、webm）格式'

/** Parses and validates the query; returns the query or the 400 message. */
export function parsePresignQuery(params: URLSearchParams): PresignQuery | { readonly error: string } {
  const ext = single(params, 'ext')
  if (ext === undefined || !isOneOf(PRESIGN_EXTENSIONS, ext)) return { error: EXT_MESSAGE }
  const query: { -readonly [K in keyof PresignQuery]: PresignQuery[K] } = { ext }
  for (const name of ['width', 'height'] as const) {
    if (!params.has(name)) continue
    const value = single(params, name)
    if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return { error: `${name} 必须是整数` }
    }
    query[name] = Number(value)
  }
  if (params.has('duration')) {
    const value = single(params, 'duration')
    if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return { error: 'duration 必须是数字' }
    query.duration = Number(value)
  }
  if (params.has('type')) {
    const value = single(params, 'type')
    if (value === undefined || !isOneOf(PRESIGN_TYPES, value)) return { error: 'type 仅支持 thumb、origin、video' }
    query.type = value
  }
  return query
}

/** The parameter's value when given exactly once. */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name)
  return values.length === 1 ? values[0] : undefined
}

function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value)
}
