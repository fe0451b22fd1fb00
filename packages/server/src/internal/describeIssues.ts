import type { z } from 'zod'

/**
 * A zod error as one line, e.g. `filename must not be empty; size is required`.
 * `input` (what was parsed) tells a missing field from a wrong one.
 */
export function describeIssues(error: z.core.$ZodError, input: unknown): string {
  return error.issues
    .map((issue) => {
      if (issue.path.length === 0) return 'body must be a JSON object'
      const path = issue.path.join('.')
      const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined
      return `${path} ${missing ? 'is required' : issue.message}`
    })
    .join('; ')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
