import { readBody } from '../../http/readBody.ts'
import { sendInjectedFailure } from '../../http/sendInjectedFailure.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { JimengState } from '../jimeng/JimengState.ts'
import { applyImageUpload } from './applyImageUpload.ts'
import { commitImageUpload } from './commitImageUpload.ts'
import { ImagexError } from './ImagexError.ts'
import { sendImagex } from './sendImagex.ts'
import { verifyImagexRequest } from './verifyImagexRequest.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'

const VERSION = '2018-08-01'

/**
 * The ImageX OpenAPI (`{imagex}/?Action=…&Version=2018-08-01`): `GET ApplyImageUpload`
 * and `POST CommitImageUpload`, SigV4-signed with the STS token from the jimeng token API.
 * Answers CORS for the configured origins only (the real service's CORS is unverified).
 */
export const imagexService: ServiceDefinition<'imagex'> = {
  name: 'imagex',
  portOffset: 7,
  create: createImagexHandler,
}

function createImagexHandler(context: ServiceContext): ServiceHandler {
  const state = JimengState.of(context)
  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { methods: ['GET', 'POST'] })
        return
      }
      let region = 'cn-north-1'
      try {
        const action = request.query.get('Action')
        const expected = action === 'ApplyImageUpload' ? 'GET' : action === 'CommitImageUpload' ? 'POST' : undefined
        if (request.rawPath !== '/' || !expected || request.method !== expected) {
          throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${request.method} ${request.rawPath}?Action=${action ?? ''} for version ${request.query.get('Version') ?? ''}.`)
        }
        if (request.query.get('Version') !== VERSION) throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${action} for version ${request.query.get('Version') ?? ''}.`)
        const body = await readBody(request.body, 1024 * 1024)
        const caller = await verifyImagexRequest(request, body, state, expected === 'POST')
        region = caller.region
        const serviceId = request.query.get('ServiceId')
        if (!serviceId) throw ImagexError.common('MissingParameter', 'The request is missing ServiceId parameter.')
        if (serviceId !== caller.token.serviceId) {
          throw ImagexError.common('AccessDenied', `User is not authorized to perform: ImageX:${action} on resource: ${serviceId}.`)
        }
        const upload = context.urls['imagex-upload']
        const result =
          expected === 'GET'
            ? applyImageUpload(request.query, caller, state, upload ? new URL(upload).host : '')
            : commitImageUpload(body, caller, state, context.store)
        sendImagex(request, res, region, { result })
      } catch (error) {
        if (!(error instanceof ImagexError)) throw error
        sendImagex(request, res, region, { error })
      }
    },
    sendFailure(request, res, failure) {
      if (failure.body !== undefined) return sendInjectedFailure(request, res, failure)
      const error = new ImagexError(failure.status, failure.status >= 500 ? 'InternalServiceError' : 'InjectedFault', 'injected fault')
      sendImagex(request, res, 'cn-north-1', { error })
    },
  }
}
