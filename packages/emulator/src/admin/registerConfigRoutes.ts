import { applyConfigPatch } from '../config/applyConfigPatch.ts'
import { ConfigPatchError } from '../config/ConfigPatchError.ts'
import { InvalidJsonError, readJson } from '../http/readJson.ts'
import type { Router } from '../http/Router.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import { adminError, adminJson } from './adminJson.ts'

/** `GET /_config`, `PATCH /_config`, `POST /_reset`. */
export function registerConfigRoutes(router: Router, context: ServiceContext): void {
  router.on('GET', '/_config', (request, res) => adminJson(request, res, 200, context.config))
  router.on('PATCH', '/_config', async (request, res) => {
    try {
      applyConfigPatch(context.config, await readJson(request.body))
    } catch (error) {
      if (error instanceof ConfigPatchError || error instanceof InvalidJsonError) {
        return adminError(request, res, 400, error.message)
      }
      throw error
    }
    adminJson(request, res, 200, context.config)
  })
  router.on('POST', '/_reset', (request, res) => {
    context.reset()
    adminJson(request, res, 200, context.config)
  })
}
