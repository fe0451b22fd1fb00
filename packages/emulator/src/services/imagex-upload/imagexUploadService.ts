import type { ServerResponse } from 'node:http'
import { crc32 } from 'hash-wasm'
import { BodyTooLargeError } from '../../http/BodyTooLargeError.ts'
import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { readBody } from '../../http/readBody.ts'
import { sendJson } from '../../http/sendJson.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { JimengState } from '../jimeng/JimengState.ts'
import { IMAGEX_BUCKET } from './imagexBucket.ts'
import { BYTEDANCE_VOD_BUCKET } from '../bytedance-vod/bytedanceVodBucket.ts'
import { UploadHostError } from './UploadHostError.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'

const WEB_PREFIX = '/upload/v1/'

/**
 * The ImageX upload host: `POST /upload/v1/{StoreUri}` (the web clients) and
 * `PUT /{StoreUri}` (the official SDK), each with `Authorization: {Auth}` from
 * `ApplyImageUpload` (or VOD's `ApplyUploadInner`) and `Content-CRC32: <8 lowercase hex>`.
 * The bytes are stored (bucket `imagex`, or `bytedance-vod` for video; key = StoreUri) only when the whole body arrived, its size is
 * the applied `FileSize` and its CRC32 matches. Answers CORS for any origin
 * (the real hosts' CORS is unverified).
 */
export const imagexUploadService: ServiceDefinition<'imagex-upload'> = {
  name: 'imagex-upload',
  portOffset: 8,
  create: createUploadHandler,
}

function createUploadHandler(context: ServiceContext): ServiceHandler {
  const state = JimengState.of(context)
  context.store.createBucket(IMAGEX_BUCKET)
  context.store.createBucket(BYTEDANCE_VOD_BUCKET)
  const cors = (request: ServiceRequest) => apiCorsHeaders(request, { methods: ['POST', 'PUT'] })

  const fail = (request: ServiceRequest, res: ServerResponse, web: boolean, error: UploadHostError): void => {
    const body = web
      ? { code: error.code, apiversion: 'v1', message: error.message, data: {} }
      : { success: error.code, error: { code: error.status, error: error.message, error_code: error.code, message: error.message }, payload: {} }
    sendJson(res, error.status, body, cors(request))
    request.raw.resume()
  }

  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { methods: ['POST', 'PUT'] })
        return
      }
      const web = request.method === 'POST' && request.rawPath.startsWith(WEB_PREFIX)
      try {
        if (!web && request.method !== 'PUT') throw new UploadHostError(404, 4004, `Cannot ${request.method} ${request.rawPath}`)
        let storeUri: string
        try {
          storeUri = decodeURIComponent(request.rawPath.slice(web ? WEB_PREFIX.length : 1))
        } catch {
          throw new UploadHostError(400, 4000, 'The path is not correctly percent-encoded.')
        }
        const session = state.byStoreUri.get(storeUri)
        if (!session) throw new UploadHostError(404, 4004, 'Unknown StoreUri: call ApplyImageUpload (or ApplyUploadInner) first.')
        if (request.raw.headers.authorization !== session.auth) throw new UploadHostError(401, 4001, 'Authorization does not match the StoreInfo Auth.')
        if (Date.now() > session.expiresAt) throw new UploadHostError(401, 4003, 'The upload Auth has expired.')
        const declared = request.raw.headers['content-crc32']
        if (typeof declared !== 'string' || !/^[0-9a-f]{8}$/.test(declared)) {
          throw new UploadHostError(400, 4000, 'Content-CRC32 must be the CRC-32 as 8 lowercase hex digits.')
        }
        let bytes: Buffer
        try {
          bytes = await readBody(request.body, session.fileSize)
        } catch (error) {
          if (error instanceof BodyTooLargeError) throw new UploadHostError(400, 4013, `The body is larger than FileSize (${session.fileSize}).`)
          throw error
        }
        if (bytes.length !== session.fileSize) throw new UploadHostError(400, 4013, `The body has ${bytes.length} bytes; FileSize was ${session.fileSize}.`)
        const actual = await crc32(bytes)
        if (actual !== declared) throw new UploadHostError(400, 4006, `CRC32 mismatch: Content-CRC32 ${declared}, received bytes ${actual}.`)
        const type = request.raw.headers['specified-content-type'] ?? request.raw.headers['content-type']
        const stored = context.store.put({
          bucket: session.bucket,
          key: storeUri,
          bytes,
          contentType: typeof type === 'string' ? type : 'application/octet-stream',
          metadata: { crc32: actual, variant: session.variant, serviceid: session.serviceId },
        })
        session.uploaded = { crc32: actual, size: bytes.length }
        const body = web
          ? { code: 2000, apiversion: 'v1', message: 'Success', data: { crc32: actual, etag: stored.md5, size: stored.size } }
          : { success: 0, error: { code: 200, error: 'Success', error_code: 0, message: 'Success' }, payload: { hash: actual, key: storeUri } }
        sendJson(res, 200, body, cors(request))
      } catch (error) {
        if (!(error instanceof UploadHostError)) throw error
        fail(request, res, web, error)
      }
    },
  }
}
