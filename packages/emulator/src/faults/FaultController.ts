import type { FaultEffect } from './FaultEffect.ts'
import type { FaultRule } from './FaultRule.ts'
import type { FaultSpec } from './FaultSpec.ts'
import { parseFaultSpec } from './parseFaultSpec.ts'

interface ActiveRule {
  readonly id: string
  readonly spec: FaultSpec
  readonly createdAt: string
  hits: number
}

/**
 * The registry of fault rules. Services consult it for every request (`take`), which
 * also counts the request against each matching rule's `times`.
 */
export class FaultController {
  readonly #services: readonly string[]
  readonly #rules: ActiveRule[] = []
  #nextId = 1

  /** @param services names of the services that accept faults */
  constructor(services: readonly string[]) {
    this.#services = services
  }

  /** Names of the services that accept faults. */
  get services(): readonly string[] {
    return this.#services
  }

  /** Validates and registers a rule; returns its id. Throws `FaultSpecError` when invalid. */
  add(spec: FaultSpec): string {
    const parsed = parseFaultSpec(spec, this.#services)
    const id = `f${this.#nextId++}`
    this.#rules.push({ id, spec: parsed, createdAt: new Date().toISOString(), hits: 0 })
    return id
  }

  /** Removes one rule; returns whether it existed. */
  remove(id: string): boolean {
    const index = this.#rules.findIndex((rule) => rule.id === id)
    if (index === -1) return false
    this.#rules.splice(index, 1)
    return true
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.length = 0
  }

  /** Every rule with its usage, in the order added. */
  list(): FaultRule[] {
    return this.#rules.map((rule) => ({
      ...rule.spec,
      id: rule.id,
      hits: rule.hits,
      exhausted: isExhausted(rule),
      createdAt: rule.createdAt,
    }))
  }

  /**
   * Combines the rules matching a request and counts the request against them.
   * Returns `undefined` when no rule applies.
   */
  take(service: string, method: string, rawPath: string): FaultEffect | undefined {
    const upper = method.toUpperCase()
    const applied = this.#rules.filter(
      (rule) => rule.spec.service === service && !isExhausted(rule) && matches(rule.spec, upper, rawPath),
    )
    if (applied.length === 0) return undefined
    let latencyMs = 0
    let fail: FaultEffect['fail']
    let resetAfterBytes: number | undefined
    let bandwidthBytesPerSec: number | undefined
    const used: ActiveRule[] = []
    for (const rule of applied) {
      const { spec } = rule
      const failing = spec.failNext !== undefined && rule.hits < spec.failNext.count
      // One failure per request: a later failing rule waits for the next request.
      if (failing && fail !== undefined) continue
      used.push(rule)
      latencyMs += spec.latencyMs ?? 0
      if (failing && spec.failNext !== undefined) {
        fail = spec.failNext.body === undefined
          ? { status: spec.failNext.status }
          : { status: spec.failNext.status, body: spec.failNext.body }
      }
      resetAfterBytes = min(resetAfterBytes, spec.resetAfterBytes)
      bandwidthBytesPerSec = min(bandwidthBytesPerSec, spec.bandwidthBytesPerSec)
      rule.hits++
    }
    return {
      ruleIds: used.map((rule) => rule.id),
      latencyMs,
      ...(fail === undefined ? {} : { fail }),
      ...(resetAfterBytes === undefined ? {} : { resetAfterBytes }),
      ...(bandwidthBytesPerSec === undefined ? {} : { bandwidthBytesPerSec }),
    }
  }
}

function matches(spec: FaultSpec, method: string, rawPath: string): boolean {
  const wanted = spec.match?.method
  if (wanted === undefined ? method === 'OPTIONS' : wanted !== method) return false
  const prefix = spec.match?.pathPrefix
  return prefix === undefined || rawPath.startsWith(prefix)
}

function isExhausted(rule: ActiveRule): boolean {
  const limit = rule.spec.times ?? rule.spec.failNext?.count
  return limit !== undefined && rule.hits >= limit
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.min(a, b)
}
