import type { Redactor } from './createRedactor.ts'

/** A logger with a `warn` method, as every provider takes. */
export interface WarnLogger {
  warn(message: string): void
}

/**
 * `logger` with `redact` applied to every line, or `undefined` for silence.
 *
 * @example
 * ```ts
 * const log = redactingLogger(options.logger === false ? undefined : (options.logger ?? console), redact)
 * ```
 */
export function redactingLogger(logger: WarnLogger | undefined, redact: Redactor): WarnLogger | undefined {
  return logger && { warn: (message) => logger.warn(redact(message)) }
}
