import type { ProviderId, SignAction } from '../types.ts'

/** A path under `basePath`, parsed once: what `authorize` sees and the handler acts on. */
export type SignRoute =
  | { readonly kind: 'outside' }
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'route'; readonly provider: ProviderId; readonly action: SignAction }

/** The actions each provider serves, by path suffix (`''` = sign). */
export const PROVIDER_ACTIONS: Readonly<Record<ProviderId, Readonly<Record<string, SignAction>>>> = {
  presign: { '': 'sign' },
  aitoearn: { '': 'sign', confirm: 'confirm' },
  jimeng: { '': 'sign' },
  'aliyun-vod': { '': 'sign', refresh: 'refresh' },
}

const isProvider = (id: string): id is ProviderId => Object.hasOwn(PROVIDER_ACTIONS, id)

/** The provider id as echoed back: short and printable. */
const safe = (text: string): string => text.slice(0, 64).replace(/[^\w.~%-]/g, '')

/**
 * Routes a pathname exactly: `{basePath}/{provider}` or
 * `{basePath}/{provider}/{action}`, nothing else. Repeated and trailing
 * slashes are collapsed only to decide whether the path is under
 * `basePath`; a path that needed collapsing is a 404, never another route,
 * so an app's path-based checks cannot disagree with the router.
 *
 * @example
 * ```ts
 * routeSignPath('/api/media-uploader/aliyun-vod/refresh', '/api/media-uploader') // { kind: 'route', provider: 'aliyun-vod', action: 'refresh' }
 * routeSignPath('/api/media-uploader/aliyun-vod/refresh/', '/api/media-uploader') // { kind: 'not-found', … }
 * ```
 */
export function routeSignPath(pathname: string, basePath: string): SignRoute {
  const collapsed = pathname.replace(/\/{2,}/g, '/')
  const trimmed = collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed
  if (!(trimmed === basePath || trimmed.startsWith(`${basePath}/`))) return { kind: 'outside' }
  if (trimmed !== pathname) return { kind: 'not-found', message: 'Not found: the path must not have repeated or trailing slashes' }
  const [id = '', action = '', ...rest] = pathname.slice(basePath.length + 1).split('/')
  if (id === '') return { kind: 'not-found', message: 'No provider in path' }
  if (!isProvider(id)) return { kind: 'not-found', message: `Unknown provider: ${safe(id)}` }
  const actions = PROVIDER_ACTIONS[id]
  const resolved = Object.hasOwn(actions, action) ? actions[action] : undefined
  if (rest.length > 0 || resolved === undefined) return { kind: 'not-found', message: `Unknown ${id} route: ${safe(action)}` }
  return { kind: 'route', provider: id, action: resolved }
}
