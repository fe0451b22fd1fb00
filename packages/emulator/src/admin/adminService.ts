import { Router } from '../http/Router.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import type { ServiceDefinition } from '../services/ServiceDefinition.ts'
import type { ServiceHandler } from '../services/ServiceHandler.ts'
import { adminError, adminJson } from './adminJson.ts'
import { registerConfigRoutes } from './registerConfigRoutes.ts'
import { registerFaultRoutes } from './registerFaultRoutes.ts'
import { registerObjectRoutes } from './registerObjectRoutes.ts'
import { registerRequestRoutes } from './registerRequestRoutes.ts'
import { sendApiPreflight } from '../http/sendApiPreflight.ts'

/** Inspection and fault control (`http://127.0.0.1:{base+0}`), JSON with open CORS. Not logged, no faults. */
export const adminService: ServiceDefinition<'admin'> = {
  name: 'admin',
  portOffset: 0,
  observable: false,
  create: createAdminHandler,
}

function createAdminHandler(context: ServiceContext): ServiceHandler {
  const router = new Router()
  router.on('GET', '/', (request, res) =>
    adminJson(request, res, 200, {
      name: '@media-uploader/emulator',
      urls: context.urls,
      services: context.services.map((service) => ({ ...service, url: context.urls[service.name] })),
      buckets: context.store.bucketNames(),
      faultServices: context.faults.services,
    }),
  )
  registerConfigRoutes(router, context)
  registerFaultRoutes(router, context)
  registerRequestRoutes(router, context)
  registerObjectRoutes(router, context)

  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res)
        return
      }
      const match = router.match(request.method, request.rawPath)
      if (match.kind === 'not-found') return adminError(request, res, 404, `no route ${request.method} ${request.rawPath}`)
      if (match.kind === 'method-not-allowed') {
        return adminError(request, res, 405, `method ${request.method} not allowed; use ${match.allowed.join(', ')}`)
      }
      await match.handler(request, res, match.params)
    },
  }
}
