import { ConfigPatchError } from './ConfigPatchError.ts'
import type { EmulatorConfig, S3Config } from './EmulatorConfig.ts'
import { parseAitoearnPatch } from '../services/aitoearn/parseAitoearnPatch.ts'

/**
 * Validates a change and applies it to `config` in place (all or nothing).
 *
 * Accepts the S3 keys flat (`{ pinChecksum: true }`) or nested (`{ s3: { pinChecksum: true } }`),
 * plus `corsOrigins` (every store and API), `aitoearn: {mode, maxSize, policyMaxSize, signExpiresSeconds, apiKey}`,
 * `presignExpiresSeconds`, `maxObjectBytes`, `jimengTokenExpiresSeconds` and `vodUploadAuthExpiresSeconds`. Throws {@link ConfigPatchError}.
 */
export function applyConfigPatch(config: EmulatorConfig, patch: unknown): EmulatorConfig {
  if (!isRecord(patch)) throw new ConfigPatchError('config patch must be an object')
  const { s3: nested, corsOrigins, presignExpiresSeconds, maxObjectBytes, jimengTokenExpiresSeconds, vodUploadAuthExpiresSeconds, aitoearn, ...flat } = patch
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
  const jimengTtl = jimengTokenExpiresSeconds === undefined ? undefined : integerIn(jimengTokenExpiresSeconds, 'jimengTokenExpiresSeconds', 1, 86_400)
  const vodTtl = vodUploadAuthExpiresSeconds === undefined ? undefined : integerIn(vodUploadAuthExpiresSeconds, 'vodUploadAuthExpiresSeconds', 1, 86_400)
  const aitoearnPatch = aitoearn === undefined ? undefined : parseAitoearnPatch(aitoearn)
  if (corsOrigins !== undefined && !(Array.isArray(corsOrigins) && corsOrigins.every((item): item is string => typeof item === 'string'))) {
    throw new ConfigPatchError('corsOrigins must be an array of origins')
  }
  if (corsOrigins !== undefined) config.corsOrigins = [...corsOrigins]
  Object.assign(config.s3, s3)
  if (expires !== undefined) config.presignExpiresSeconds = expires
  if (maxBytes !== undefined) config.maxObjectBytes = maxBytes
  if (jimengTtl !== undefined) config.jimengTokenExpiresSeconds = jimengTtl
  if (vodTtl !== undefined) config.vodUploadAuthExpiresSeconds = vodTtl
  if (aitoearnPatch !== undefined) Object.assign(config.aitoearn, aitoearnPatch)
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
