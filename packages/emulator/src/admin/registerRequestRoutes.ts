import type { Router } from '../http/Router.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import { adminJson, adminNoContent } from './adminJson.ts'

/** `GET /_requests[?service=]`, `DELETE /_requests[?service=]`. */
export function registerRequestRoutes(router: Router, context: ServiceContext): void {
  router.on('GET', '/_requests', (request, res) => {
    adminJson(request, res, 200, context.requests.list(request.query.get('service') ?? undefined))
  })
  router.on('DELETE', '/_requests', (request, res) => {
    context.requests.clear(request.query.get('service') ?? undefined)
    adminNoContent(request, res)
  })
}
