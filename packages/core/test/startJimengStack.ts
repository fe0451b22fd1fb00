import { startStack, type Stack } from './startStack.ts'

/**
 * The jimeng stack (emulator + the server's jimeng handler, see `jimengStack.ts`) for a happy-dom test:
 * same-origin checks off (the stack is another origin) and `Headers` names lower-cased as browsers
 * give them (happy-dom keeps their case; aws4fetch's SignedHeaders rely on lower case).
 *
 * @example
 * ```ts
 * beforeAll(async () => (stack = await startJimengStack()), 30_000)
 * ```
 */
export async function startJimengStack(): Promise<Stack> {
  ;(window as unknown as { happyDOM: { settings: { fetch: { disableSameOriginPolicy: boolean } } } }).happyDOM.settings.fetch.disableSameOriginPolicy = true
  const keys = Headers.prototype.keys
  if (!(keys as { lowerCased?: true }).lowerCased) {
    const lowerCased = function* (this: Headers) {
      for (const name of keys.call(this)) yield name.toLowerCase()
    }
    Headers.prototype.keys = Object.assign(lowerCased, { lowerCased: true as const }) as unknown as typeof keys
  }
  return startStack('jimengStack.ts')
}
