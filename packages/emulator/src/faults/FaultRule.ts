import type { FaultSpec } from './FaultSpec.ts'

/** A registered fault rule and its usage so far. */
export interface FaultRule extends FaultSpec {
  readonly id: string
  /** Matching requests the rule has applied to. */
  readonly hits: number
  /** Whether `times` is used up (the rule no longer applies). */
  readonly exhausted: boolean
  /** ISO timestamp. */
  readonly createdAt: string
}
