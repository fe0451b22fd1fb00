import { readBody } from '../../http/readBody.ts'
import { openCorsHeaders } from '../../http/openCorsHeaders.ts'
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

const VERSION = '2018-08-01'

/**
 * The ImageX OpenAPI (`{imagex}/?Action=…&Version=2018-08-01`): `GET ApplyImageUpload`
 * and `POST CommitImageUpload`, SigV4-signed with the STS token from the jimeng token API.
 * Answers CORS for any origin (the real service's CORS is unverified).
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
        res.writeHead(204, { ...openCorsHeaders(request, { methods: ['GET', 'POST'] }), 'content-length': '0' })
        res.end()
        return
      }
      let region = 'cn-north-1'
      try {
        const action = request.query.get('Action')
        const expected = action === 'ApplyImageUpload' ? 'GET' : action === 'CommitImageUpload' ? 'POST' : undefined
        if (request.rawPath !== '/' || !expected || request.method !== expected) {
          throw new ImagexError(404, 'InvalidAction', `No action ${request.method} ${request.rawPath}?Action=${action ?? ''}.`)
        }
        if (request.query.get('Version') !== VERSION) throw new ImagexError(400, 'InvalidParameter', `Version must be ${VERSION}.`)
        const body = await readBody(request.body, 1024 * 1024)
        const caller = await verifyImagexRequest(request, body, state, expected === 'POST')
        region = caller.region
        if (request.query.get('ServiceId') !== caller.token.serviceId) {
          throw new ImagexError(403, 'AccessDenied', 'ServiceId is missing or not covered by this token.')
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
      const error = new ImagexError(failure.status, failure.status >= 500 ? 'InternalError' : 'InjectedFault', 'injected fault')
      sendImagex(request, res, 'cn-north-1', { error })
    },
  }
}
