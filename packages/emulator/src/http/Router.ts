import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from './ServiceRequest.ts'

/** Path parameters captured by a route pattern (already percent-decoded). */
export type RouteParams = Readonly<Record<string, string>>

/** A route's handler. */
export type RouteHandler = (
  request: ServiceRequest,
  res: ServerResponse,
  params: RouteParams,
) => void | Promise<void>

interface Route {
  readonly method: string
  readonly segments: readonly string[]
  readonly handler: RouteHandler
}

/** The outcome of {@link Router.match}. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly handler: RouteHandler; readonly params: RouteParams }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' }

/**
 * A tiny method + path router. Patterns are `/`-separated; a segment `:name` captures one
 * segment, a final `*name` captures the rest of the path (slashes included).
 */
export class Router {
  readonly #routes: Route[] = []

  /** Adds a route; returns the router for chaining. */
  on(method: string, pattern: string, handler: RouteHandler): this {
    this.#routes.push({ method: method.toUpperCase(), segments: split(pattern), handler })
    return this
  }

  /** Finds the route for a method and a raw (percent-encoded) path. */
  match(method: string, rawPath: string): RouteMatch {
    let segments: string[]
    try {
      segments = split(rawPath).map((segment) => decodeURIComponent(segment))
    } catch {
      return { kind: 'not-found' }
    }
    const allowed: string[] = []
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments)
      if (params === undefined) continue
      if (route.method === method.toUpperCase()) return { kind: 'found', handler: route.handler, params }
      allowed.push(route.method)
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' }
  }
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] as string
    if (part.startsWith('*')) {
      const rest = segments.slice(i)
      if (rest.length === 0) return undefined
      params[part.slice(1)] = rest.join('/')
      return params
    }
    const segment = segments[i]
    if (segment === undefined) return undefined
    if (part.startsWith(':')) params[part.slice(1)] = segment
    else if (part !== segment) return undefined
  }
  return segments.length === pattern.length ? params : undefined
}
