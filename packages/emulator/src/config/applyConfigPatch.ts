import { ConfigPatchError } from './ConfigPatchError.ts'
import type { EmulatorConfig, S3Config } from './EmulatorConfig.ts'

/**
 * Validates a change and applies it to `config` in place (all or nothing).
 *
 * Accepts the S3 keys flat (`{ pinChecksum: true }`) or nested (`{ s3: { pinChecksum: true } }`),
 * plus `presignExpiresSeconds` and `maxObjectBytes`. Throws {@link ConfigPatchError}.
 */
export function applyConfigPatch(config: EmulatorConfig, patch: unknown): EmulatorConfig {
  if (!isRecord(patch)) throw new ConfigPatchError('config patch must be an object')
  const { s3: nested, presignExpiresSeconds, maxObjectBytes, ...flat } = patch
  if (nested !== undefined && !isRecord(nested)) throw new ConfigPatchError('s3 must be an object')
  const s3Input: Record<string, unknown> = { ...flat, ...(nested ?? {}) }
  const s3: Partial<S3Config> = {}
  for (const [key, value] of Object.entries(s3Input)) {
    switch (key) {
      case 'flavour':
        if (value !== 's3' && value !== 'r2') throw new ConfigPatchError("flavour must be 's3' or 'r2'")
        s3.flavour = value
        break
      case 'pinChecksum':
      case 'exposeETag':
        if (typeof value !== 'boolean') throw new ConfigPatchError(`${key} must be a boolean`)
        s3[key] = value
        break
      case 'allowedOrigins':
        if (value === '*') s3.allowedOrigins = '*'
        else if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) {
          s3.allowedOrigins = [...value]
        } else throw new ConfigPatchError("allowedOrigins must be '*' or an array of origins")
        break
      default:
        throw new ConfigPatchError(`unknown config key: ${key}`)
    }
  }
  const expires = presignExpiresSeconds === undefined ? undefined : integerIn(presignExpiresSeconds, 'presignExpiresSeconds', 1, 604_800)
  const maxBytes = maxObjectBytes === undefined ? undefined : integerIn(maxObjectBytes, 'maxObjectBytes', 0, Number.MAX_SAFE_INTEGER)
  Object.assign(config.s3, s3)
  if (expires !== undefined) config.presignExpiresSeconds = expires
  if (maxBytes !== undefined) config.maxObjectBytes = maxBytes
  return config
}

function integerIn(value: unknown, name: string, low: number, high: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    throw new ConfigPatchError(`${name} must be an integer in ${low}..${high}`)
  }
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
