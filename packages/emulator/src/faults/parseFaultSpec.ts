import type { JsonValue } from '../http/JsonValue.ts'
import type { FaultMatch, FaultSpec, FailNext } from './FaultSpec.ts'
import { FaultSpecError } from './FaultSpecError.ts'

/**
 * Validates a fault rule (from JSON or code) against the services that accept faults.
 * Throws {@link FaultSpecError} describing the first problem.
 */
export function parseFaultSpec(input: unknown, services: readonly string[]): FaultSpec {
  if (!isRecord(input)) throw new FaultSpecError('fault must be an object')
  const { service } = input
  if (typeof service !== 'string' || !services.includes(service)) {
    throw new FaultSpecError(`service must be one of: ${services.join(', ')}`)
  }
  const spec: { -readonly [K in keyof FaultSpec]: FaultSpec[K] } = { service }
  if (input.match !== undefined) spec.match = parseMatch(input.match)
  if (input.latencyMs !== undefined) spec.latencyMs = count(input.latencyMs, 'latencyMs')
  if (input.failNext !== undefined) spec.failNext = parseFailNext(input.failNext)
  if (input.resetAfterBytes !== undefined) spec.resetAfterBytes = count(input.resetAfterBytes, 'resetAfterBytes')
  if (input.bandwidthBytesPerSec !== undefined) {
    spec.bandwidthBytesPerSec = count(input.bandwidthBytesPerSec, 'bandwidthBytesPerSec')
    if (spec.bandwidthBytesPerSec === 0) throw new FaultSpecError('bandwidthBytesPerSec must be > 0')
  }
  if (input.times !== undefined) spec.times = count(input.times, 'times')
  if (
    spec.latencyMs === undefined &&
    spec.failNext === undefined &&
    spec.resetAfterBytes === undefined &&
    spec.bandwidthBytesPerSec === undefined
  ) {
    throw new FaultSpecError('fault needs latencyMs, failNext, resetAfterBytes or bandwidthBytesPerSec')
  }
  return spec
}

function parseMatch(input: unknown): FaultMatch {
  if (!isRecord(input)) throw new FaultSpecError('match must be an object')
  const match: { method?: string; pathPrefix?: string } = {}
  if (input.method !== undefined) {
    if (typeof input.method !== 'string' || input.method === '') throw new FaultSpecError('match.method must be a string')
    match.method = input.method.toUpperCase()
  }
  if (input.pathPrefix !== undefined) {
    if (typeof input.pathPrefix !== 'string') throw new FaultSpecError('match.pathPrefix must be a string')
    match.pathPrefix = input.pathPrefix
  }
  return match
}

function parseFailNext(input: unknown): FailNext {
  if (!isRecord(input)) throw new FaultSpecError('failNext must be an object')
  const failCount = count(input.count, 'failNext.count')
  const status = input.status
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    throw new FaultSpecError('failNext.status must be an integer HTTP status (200-599)')
  }
  return input.body === undefined
    ? { count: failCount, status }
    : { count: failCount, status, body: input.body as JsonValue }
}

function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new FaultSpecError(`${name} must be a non-negative integer`)
  }
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
