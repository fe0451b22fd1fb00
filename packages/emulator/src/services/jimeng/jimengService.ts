import { InvalidJsonError, readJson } from '../../http/readJson.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { checkTokenRequest } from './checkTokenRequest.ts'
import { JimengState, type IssuedToken } from './JimengState.ts'
import { jimengVariants } from './jimengVariants.ts'

const PATH = '/mweb/v1/get_upload_token'

/**
 * The Jimeng web API's `POST /mweb/v1/get_upload_token` (seed 003), both
 * variants on one host: `aid=513641` & co. select the international one.
 * Answers `{scene:2}` with `{ret:"0", errmsg, data:{access_key_id, secret_access_key,
 * session_token, service_id | space_name}}` (ImageX credentials) and `{scene:1}`
 * with `{…, space_name, upload_domain}` (ByteDance VOD credentials, for the
 * `bytedance-vod` service; each token signs for its own service only); a bad session cookie gets
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
      if ('ret' in outcome) {
        sendJson(res, 200, { ...outcome, data: null })
        return
      }
      const spec = jimengVariants[outcome.variant]
      const ttl = context.config.jimengTokenExpiresSeconds
      const credentials = (token: IssuedToken) => ({ access_key_id: token.accessKeyId, secret_access_key: token.secretAccessKey, session_token: token.sessionToken })
      if (outcome.service === 'imagex') {
        const token = state.issue(outcome.variant, 'imagex', spec.serviceId, ttl)
        sendJson(res, 200, { ret: '0', errmsg: 'success', data: { ...credentials(token), [spec.serviceIdField]: token.serviceId } })
        return
      }
      const token = state.issue(outcome.variant, 'vod', spec.vodSpaceName, ttl)
      const vod = context.urls['bytedance-vod']
      sendJson(res, 200, { ret: '0', errmsg: 'success', data: { ...credentials(token), space_name: token.serviceId, upload_domain: vod ? new URL(vod).host : '' } })
    },
  }
}
