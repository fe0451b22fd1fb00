import { FaultSpecError } from '../faults/FaultSpecError.ts'
import type { FaultSpec } from '../faults/FaultSpec.ts'
import { InvalidJsonError, readJson } from '../http/readJson.ts'
import type { Router } from '../http/Router.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import { adminError, adminJson, adminNoContent } from './adminJson.ts'

/** `GET|POST|DELETE /_faults`, `DELETE /_faults/:id`. */
export function registerFaultRoutes(router: Router, context: ServiceContext): void {
  const { faults } = context
  router.on('GET', '/_faults', (request, res) => adminJson(request, res, 200, faults.list()))
  router.on('POST', '/_faults', async (request, res) => {
    let id: string
    try {
      // parseFaultSpec (inside add) validates the untrusted shape.
      id = faults.add((await readJson(request.body)) as unknown as FaultSpec)
    } catch (error) {
      if (error instanceof FaultSpecError || error instanceof InvalidJsonError) {
        return adminError(request, res, 400, error.message)
      }
      throw error
    }
    adminJson(request, res, 201, { id })
  })
  router.on('DELETE', '/_faults', (request, res) => {
    faults.clear()
    adminNoContent(request, res)
  })
  router.on('DELETE', '/_faults/:id', (request, res, params) => {
    if (!faults.remove(params.id ?? '')) return adminError(request, res, 404, 'no such fault')
    adminNoContent(request, res)
  })
}
