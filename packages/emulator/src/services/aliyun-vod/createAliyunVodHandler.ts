import { readBody } from '../../http/readBody.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { InjectedFailure, ServiceHandler } from '../ServiceHandler.ts'
import { ossStateOf } from '../oss/ossStateOf.ts'
import { authenticateRpc } from './authenticateRpc.ts'
import { newVodRequestId, sendVodError, sendVodResult } from './sendVodJson.ts'
import { vodActions } from './vodActions.ts'
import { VodError } from './VodError.ts'
import { vodStateOf } from './vodStateOf.ts'

const STATUS_CODES: Readonly<Record<number, string>> = {
  400: 'InvalidParameter',
  403: 'Forbidden',
  404: 'InvalidAction.NotFound',
  429: 'Throttling',
  500: 'InternalError',
  503: 'ServiceUnavailable',
}

/** First value of each parameter, from the query and (POST) the form body. */
async function paramsOf(request: ServiceRequest): Promise<Map<string, string>> {
  const params = new Map<string, string>()
  const add = (search: URLSearchParams): void => {
    for (const [name, value] of search) if (!params.has(name)) params.set(name, value)
  }
  add(request.query)
  if (request.method === 'POST') add(new URLSearchParams((await readBody(request.body, 1024 * 1024)).toString('utf8')))
  return params
}

/**
 * The VOD OpenAPI (`http://127.0.0.1:{base+4}/?Action=…`, RPC style, JSON):
 * `CreateUploadImage`, `CreateUploadVideo`, `RefreshUploadVideo`, each
 * signed with HMAC-SHA1 by an emulator access key and checked like the real
 * gateway. Answers `{RequestId, …}` or `{RequestId, HostId, Code, Message, Recommend}`.
 * No CORS: it is called from servers only.
 */
export function createAliyunVodHandler(context: ServiceContext): ServiceHandler {
  ossStateOf(context)
  const state = vodStateOf(context)
  return {
    async handle(request, res) {
      const requestId = newVodRequestId()
      try {
        if (request.method !== 'GET' && request.method !== 'POST') {
          request.raw.resume()
          throw new VodError(405, 'UnsupportedHTTPMethod', 'Specified http method is not supported.')
        }
        const params = await paramsOf(request)
        if (request.rawPath !== '/') throw new VodError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
        authenticateRpc({ method: request.method, params, accessKeys: context.accessKeys, nonces: state.nonces, now: Date.now() })
        const action = vodActions[params.get('Action') as string]
        if (action === undefined || !Object.hasOwn(vodActions, params.get('Action') as string)) {
          throw new VodError(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.')
        }
        sendVodResult(res, requestId, action(params, context))
      } catch (error) {
        if (error instanceof VodError) return sendVodError(res, requestId, error)
        throw error
      }
    },

    sendFailure(request, res, failure: InjectedFailure) {
      request.raw.resume()
      if (failure.body !== undefined) {
        const text = typeof failure.body === 'string' ? failure.body : JSON.stringify(failure.body)
        res.writeHead(failure.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
        res.end(text)
        return
      }
      sendVodError(res, newVodRequestId(), new VodError(failure.status, STATUS_CODES[failure.status] ?? 'InternalError', 'Injected failure.'))
    },
  }
}
