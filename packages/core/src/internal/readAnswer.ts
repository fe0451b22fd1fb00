/** The part of a zod/mini schema {@link readAnswer} uses. */
export interface AnswerContract<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } }
}

/**
 * An answer of the app server (or of the storage's API, passed through it)
 * as its contract types it. Development builds check it against the
 * contract's zod/mini schema and fail with the fields named, so a wrong
 * endpoint or a server package of another version shows up at once;
 * production builds trust the app server — whose handlers send only answers
 * that parse with the same schemas (tested in `packages/server`) — and keep
 * zod/mini (5.4 kB min+gz for one object schema) out of the page. Pass the schema only outside
 * production, so bundlers drop it: `process.env.NODE_ENV !== 'production' ? schema : undefined`.
 * In every build an answer that is not an object fails.
 *
 * @example
 * ```ts
 * const checked = process.env.NODE_ENV !== 'production' ? presignSignResponseSchema : undefined
 * const { code, data } = readAnswer(json, checked, (detail, cause) => invalid(file, detail, cause))
 * ```
 */
export function readAnswer<T>(value: unknown, contract: AnswerContract<T> | undefined, invalid: (detail: string, cause?: unknown) => Error, path = ''): T {
  if (contract) {
    const parsed = contract.safeParse(value)
    if (parsed.success) return parsed.data
    throw invalid(parsed.error.issues.map((issue) => [path, ...issue.path.map(String)].filter(Boolean).join('.') || 'body').join(', '), parsed.error)
  }
  if (typeof value !== 'object' || value === null) throw invalid(path || 'body')
  return value as T
}
