import { apiCorsHeaders } from '../http/apiCorsHeaders.ts'
import type { Router } from '../http/Router.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import { adminError, adminJson, adminNoContent } from './adminJson.ts'
import { toObjectSummary } from './ObjectSummary.ts'

/**
 * `GET /_objects`, `DELETE /_objects`, `GET /_objects/:bucket/*key` (`?raw` for the bytes),
 * `DELETE /_objects/:bucket/*key`.
 */
export function registerObjectRoutes(router: Router, context: ServiceContext): void {
  const { store } = context
  router.on('GET', '/_objects', (request, res) => adminJson(request, res, 200, store.list().map(toObjectSummary)))
  router.on('DELETE', '/_objects', (request, res) => {
    store.clear()
    adminNoContent(request, res)
  })
  router.on('GET', '/_objects/:bucket/*key', (request, res, params) => {
    const object = store.get(params.bucket ?? '', params.key ?? '')
    if (object === undefined) return adminError(request, res, 404, 'no such object')
    if (!request.query.has('raw')) return adminJson(request, res, 200, toObjectSummary(object))
    res.writeHead(200, {
      ...apiCorsHeaders(request),
      'content-type': object.contentType,
      'content-length': String(object.size),
      etag: object.etag,
    })
    res.end(object.bytes)
  })
  router.on('DELETE', '/_objects/:bucket/*key', (request, res, params) => {
    if (!store.delete(params.bucket ?? '', params.key ?? '')) return adminError(request, res, 404, 'no such object')
    adminNoContent(request, res)
  })
}
