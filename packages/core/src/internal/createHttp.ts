import ky, { type HTTPError, type KyInstance } from 'ky'

/** An HTTPError whose JSON body (when there is one) was read before it was thrown. */
export type HTTPErrorWithData = HTTPError & { data?: unknown }

/**
 * ky with the sign-call policy: up to 3 retries with exponential backoff on
 * network errors, timeouts, 408/429/5xx, for every method (sign calls are
 * idempotent: a repeated sign only yields another URL). Error bodies are read
 * once into `error.data` so messages can quote the server.
 */
export function createHttp(): KyInstance {
  return ky.create({
    timeout: 15_000,
    retry: {
      limit: 3,
      methods: ['get', 'post', 'put', 'head', 'delete'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      backoffLimit: 2_000,
      retryOnTimeout: true,
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
