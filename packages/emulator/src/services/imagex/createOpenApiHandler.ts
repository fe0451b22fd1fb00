import { readBody } from '../../http/readBody.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'
import { sendInjectedFailure } from '../../http/sendInjectedFailure.ts'
import type { ObjectStore } from '../../store/ObjectStore.ts'
import { JimengState, type TokenService } from '../jimeng/JimengState.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { ImagexError } from './ImagexError.ts'
import { sendImagex } from './sendImagex.ts'
import { verifyImagexRequest, type ImagexCaller } from './verifyImagexRequest.ts'

/**
 * One ByteDance OpenAPI upload flow (`{host}/?Action=…&Version=…`): a `GET`
 * action that hands out an upload address and a `POST` action that commits
 * it, both SigV4-signed with a jimeng STS token of `service`, on the space
 * the token names.
 */
export interface OpenApiFlow {
  readonly version: string
  /** The token's service: the SigV4 service name and the answer's `Service`. */
  readonly service: TokenService
  /** The query parameter naming the space (`ServiceId` for ImageX, `SpaceName` for VOD). */
  readonly spaceParam: string
  /** How a refusal names the permission: `ImageX`, `vod`. */
  readonly permission: string
  readonly apply: { readonly action: string; run(query: URLSearchParams, caller: ImagexCaller, state: JimengState, uploadHost: string): unknown }
  readonly commit: { readonly action: string; run(body: Buffer, caller: ImagexCaller, state: JimengState, store: ObjectStore): unknown }
}

/**
 * The handler of an {@link OpenApiFlow}: CORS preflight for the configured
 * origins, the action and version checked as the real gateway does, the
 * request's SigV4 and token verified, the space matched to the token, and
 * every answer (result or error, injected faults too) in the OpenAPI envelope.
 *
 * @example
 * ```ts
 * create: (context) => createOpenApiHandler(context, { version: '2018-08-01', service: 'imagex', spaceParam: 'ServiceId', permission: 'ImageX', apply, commit })
 * ```
 */
export function createOpenApiHandler(context: ServiceContext, flow: OpenApiFlow): ServiceHandler {
  const state = JimengState.of(context)
  const methods: Readonly<Record<string, 'GET' | 'POST'>> = { [flow.apply.action]: 'GET', [flow.commit.action]: 'POST' }
  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { methods: ['GET', 'POST'] })
        return
      }
      let region = 'cn-north-1'
      try {
        const action = request.query.get('Action') ?? ''
        const expected = Object.hasOwn(methods, action) ? methods[action] : undefined
        if (request.rawPath !== '/' || !expected || request.method !== expected) {
          throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${request.method} ${request.rawPath}?Action=${action} for version ${request.query.get('Version') ?? ''}.`)
        }
        if (request.query.get('Version') !== flow.version) throw ImagexError.common('InvalidActionOrVersion', `Could not find operation ${action} for version ${request.query.get('Version') ?? ''}.`)
        const body = await readBody(request.body, 1024 * 1024)
        const caller = await verifyImagexRequest(request, body, state, expected === 'POST', flow.service)
        region = caller.region
        const space = request.query.get(flow.spaceParam)
        if (!space) throw ImagexError.common('MissingParameter', `The request is missing ${flow.spaceParam} parameter.`)
        if (space !== caller.token.serviceId) throw ImagexError.common('AccessDenied', `User is not authorized to perform: ${flow.permission}:${action} on resource: ${space}.`)
        const upload = context.urls['imagex-upload']
        const result = expected === 'GET' ? flow.apply.run(request.query, caller, state, upload ? new URL(upload).host : '') : flow.commit.run(body, caller, state, context.store)
        sendImagex(request, res, region, { result }, flow.service)
      } catch (error) {
        if (!(error instanceof ImagexError)) throw error
        sendImagex(request, res, region, { error }, flow.service)
      }
    },
    sendFailure(request, res, failure) {
      if (failure.body !== undefined) return sendInjectedFailure(request, res, failure)
      const error = new ImagexError(failure.status, failure.status >= 500 ? 'InternalServiceError' : 'InjectedFault', 'injected fault')
      sendImagex(request, res, 'cn-north-1', { error }, flow.service)
    },
  }
}
