/** A fault rule was rejected as invalid. */
export class FaultSpecError extends Error {
  override readonly name = 'FaultSpecError'
}
