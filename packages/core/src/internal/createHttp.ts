import ky, { type HTTPError, type KyInstance } from 'ky'
import type { Clock } from '../clock/Clock.ts'

/** An HTTPError whose JSON body (when there is one) was read before it was thrown. */
export type HTTPErrorWithData = HTTPError & { data?: unknown }

/**
 * ky for the app server's sign endpoints: a 15 s timeout and no retries of
 * its own (the retry policy retries each step once, not ky and the policy
 * both). Error bodies are read once into `error.data` so messages can quote
 * the server, and each answer's `Date` corrects `clock`.
 */
export function createHttp(clock?: Clock): KyInstance {
  return ky.create({
    timeout: 15_000,
    retry: 0,
    // Not an afterResponse hook: ky clones the response for those.
    fetch: async (input, init) => {
      const response = await globalThis.fetch(input, init)
      const date = response.headers.get('date')
      if (clock && date) clock.sync(Date.parse(date))
      return response
    },
    hooks: {
      beforeError: [
        async (error: HTTPErrorWithData) => {
          error.data = await error.response
            .clone()
            .json()
            .catch(() => undefined)
          return error
        },
      ],
    },
  })
}
