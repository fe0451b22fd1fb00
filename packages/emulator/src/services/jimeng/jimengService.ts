import { InvalidJsonError, readJson } from '../../http/readJson.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { checkTokenRequest } from './checkTokenRequest.ts'
import { JimengState } from './JimengState.ts'
import { jimengVariants } from './jimengVariants.ts'

const PATH = '/mweb/v1/get_upload_token'

/**
 * The Jimeng web API's `POST /mweb/v1/get_upload_token` (seed 003), both
 * variants on one host: `aid=513641` & co. select the international one.
 * Answers `{ret:"0", errmsg, data:{access_key_id, secret_access_key,
 * session_token, service_id | space_name}}`; a bad session cookie gets
 * `{ret:"34010105", errmsg:"login error"}`. Server-to-server only: no CORS.
 */
export const jimengService: ServiceDefinition<'jimeng'> = {
  name: 'jimeng',
  portOffset: 6,
  create: createJimengHandler,
}

function createJimengHandler(context: ServiceContext): ServiceHandler {
  const state = JimengState.of(context)
  return {
    async handle(request, res) {
      if (request.rawPath !== PATH || request.method !== 'POST') {
        sendJson(res, 404, { ret: '404', errmsg: `Cannot ${request.method} ${request.rawPath}` })
        return
      }
      let body: unknown
      try {
        body = await readJson(request.body)
      } catch (error) {
        if (!(error instanceof InvalidJsonError)) throw error
      }
      const outcome = checkTokenRequest(request.query, request.raw.headers, body)
      if (typeof outcome !== 'string') {
        sendJson(res, 200, { ...outcome, data: null })
        return
      }
      const spec = jimengVariants[outcome]
      const token = state.issue(outcome, spec.serviceId, context.config.jimengTokenExpiresSeconds)
      sendJson(res, 200, {
        ret: '0',
        errmsg: 'success',
        data: {
          access_key_id: token.accessKeyId,
          secret_access_key: token.secretAccessKey,
          session_token: token.sessionToken,
          [spec.serviceIdField]: token.serviceId,
        },
      })
    },
  }
}
