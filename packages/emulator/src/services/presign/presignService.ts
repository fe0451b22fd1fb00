import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { emulatorCredentials } from '../../emulatorCredentials.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { createPresignedPutUrl } from './createPresignedPutUrl.ts'
import { objectKeyFor } from './objectKeyFor.ts'
import { parsePresignQuery, type PresignQuery } from './PresignQuery.ts'
import { PRESIGN_EXPOSED_HEADERS, sendPresignJson } from './sendPresignJson.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'

const PATH = '/oss/presign'

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** The generic `GET /oss/presign` API of seed 001 (R2-style presigned PUT URLs into the store). */
export const presignService: ServiceDefinition<'presign'> = {
  name: 'presign',
  portOffset: 2,
  create: createPresignHandler,
}

function createPresignHandler(context: ServiceContext): ServiceHandler {
  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { exposeHeaders: PRESIGN_EXPOSED_HEADERS })
        return
      }
      if (request.rawPath !== PATH) {
        sendPresignJson(request, res, 404, { code: 404, msg: `Cannot ${request.method} ${request.rawPath}`, data: null })
        return
      }
      if (request.method !== 'GET') {
        sendPresignJson(request, res, 404, { code: 404, msg: `Cannot ${request.method} ${PATH}`, data: null })
        return
      }
      const query = parsePresignQuery(request.query)
      if ('error' in query) {
        sendPresignJson(request, res, 400, { code: 400, msg: query.error, data: null })
        return
      }
      const key = objectKeyFor(query.ext)
      const storeOrigin = context.urls.s3
      if (storeOrigin === undefined) throw new Error('the s3 service is not running')
      const url = await createPresignedPutUrl({
        storeOrigin,
        bucket: emulatorCredentials.bucket,
        key,
        accessKeyId: emulatorCredentials.accessKeyId,
        secretAccessKey: emulatorCredentials.secretAccessKey,
        region: emulatorCredentials.region,
        expiresSeconds: context.config.presignExpiresSeconds,
        metadata: metadataOf(query),
        pinChecksum: context.config.s3.pinChecksum,
      })
      sendPresignJson(request, res, 200, { code: 0, msg: 'success', data: { url, key } })
    },

    sendFailure(request, res, failure) {
      const body = failure.body ?? {
        code: failure.status,
        msg: STATUS_TEXT[failure.status] ?? `HTTP ${failure.status}`,
        data: null,
      }
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      res.writeHead(failure.status, {
        ...apiCorsHeaders(request, { exposeHeaders: PRESIGN_EXPOSED_HEADERS }),
        'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      })
      res.end(text)
    },
  }
}

/** Metadata recorded with the object: width/height/type (as in the seed's URL) and duration. */
function metadataOf(query: PresignQuery): Record<string, string> {
  const metadata: Record<string, string> = {}
  if (query.width !== undefined) metadata.width = String(query.width)
  if (query.height !== undefined) metadata.height = String(query.height)
  if (query.type !== undefined) metadata.type = query.type
  if (query.duration !== undefined) metadata.duration = String(query.duration)
  return metadata
}
