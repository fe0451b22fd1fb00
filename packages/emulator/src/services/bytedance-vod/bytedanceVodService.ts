import { readBody } from '../../http/readBody.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'
import { sendInjectedFailure } from '../../http/sendInjectedFailure.ts'
import { ImagexError } from '../imagex/ImagexError.ts'
import { sendImagex } from '../imagex/sendImagex.ts'
import { verifyImagexRequest } from '../imagex/verifyImagexRequest.ts'
import { JimengState } from '../jimeng/JimengState.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { applyUploadInner } from './applyUploadInner.ts'
import { commitUploadInner } from './commitUploadInner.ts'

const VERSION = '2020-11-19'
const ACTIONS: Readonly<Record<string, 'GET' | 'POST'>> = { ApplyUploadInner: 'GET', CommitUploadInner: 'POST' }

/**
 * The ByteDance VOD OpenAPI's inner upload (`{vod}/?Action=…&Version=2020-11-19&SpaceName=…`),
 * which the Jimeng web clients use for video: `GET ApplyUploadInner` and
 * `POST CommitUploadInner`, SigV4-signed (service `vod`, verified as ImageX's
 * calls are) with a `scene: 1` token from the jimeng token API; the bytes go
 * to the ImageX upload host with their `Content-CRC32`. Answers CORS for the
 * configured origins only (the real service's CORS is unverified).
 */
export const bytedanceVodService: ServiceDefinition<'bytedance-vod'> = {
  name: 'bytedance-vod',
  portOffset: 9,
  create: createBytedanceVodHandler,
}

function createBytedanceVodHandler(context: ServiceContext): ServiceHandler {
  const state = JimengState.of(context)
  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { methods: ['GET', 'POST'] })
        return
      }
      let region = 'cn-north-1'
      try {
        const action = request.query.get('Action') ?? ''
        const expected = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined
        if (request.rawPath !== '/' || !expected || request.method !== expected) {
          throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${request.method} ${request.rawPath}?Action=${action} for version ${request.query.get('Version') ?? ''}.`)
        }
        if (request.query.get('Version') !== VERSION) throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${action} for version ${request.query.get('Version') ?? ''}.`)
        const body = await readBody(request.body, 1024 * 1024)
        const caller = await verifyImagexRequest(request, body, state, expected === 'POST', 'vod')
        region = caller.region
        const space = request.query.get('SpaceName')
        if (!space) throw ImagexError.common('MissingParameter', 'The request is missing SpaceName parameter.')
        if (space !== caller.token.serviceId) throw ImagexError.common('AccessDenied', `User is not authorized to perform: vod:${action} on resource: ${space}.`)
        const upload = context.urls['imagex-upload']
        const result =
          expected === 'GET' ? applyUploadInner(request.query, caller, state, upload ? new URL(upload).host : '') : commitUploadInner(body, caller, state, context.store)
        sendImagex(request, res, region, { result }, 'vod')
      } catch (error) {
        if (!(error instanceof ImagexError)) throw error
        sendImagex(request, res, region, { error }, 'vod')
      }
    },
    sendFailure(request, res, failure) {
      if (failure.body !== undefined) return sendInjectedFailure(request, res, failure)
      const error = new ImagexError(failure.status, failure.status >= 500 ? 'InternalServiceError' : 'InjectedFault', 'injected fault')
      sendImagex(request, res, 'cn-north-1', { error }, 'vod')
    },
  }
}
