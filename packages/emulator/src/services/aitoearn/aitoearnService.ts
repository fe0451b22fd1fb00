import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { emulatorCredentials } from '../../emulatorCredentials.ts'
import { BodyTooLargeError } from '../../http/BodyTooLargeError.ts'
import type { JsonValue } from '../../http/JsonValue.ts'
import { apiCorsHeaders } from '../../http/apiCorsHeaders.ts'
import { readBody } from '../../http/readBody.ts'
import { InvalidJsonError, readJson } from '../../http/readJson.ts'
import { Router } from '../../http/Router.ts'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import { escapeUri } from '../../s3/escapeUri.ts'
import { safeEqual } from '../../s3/sigv4/safeEqual.ts'
import { createPresignedPutUrl } from '../presign/createPresignedPutUrl.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import type { ServiceHandler } from '../ServiceHandler.ts'
import { AitoearnAssets } from './AitoearnAssets.ts'
import { AitoearnCode } from './AitoearnCode.ts'
import { assetPathFor } from './assetPathFor.ts'
import { createPostPolicy } from './createPostPolicy.ts'
import { mimeTypeFor } from './mimeTypeFor.ts'
import { parseUploadSignBody } from './parseUploadSignBody.ts'
import { AITOEARN_EXPOSED_HEADERS, sendAitoearnJson } from './sendAitoearnJson.ts'
import { sendApiPreflight } from '../../http/sendApiPreflight.ts'

const STATUS_TEXT: Readonly<Record<number, string>> = {
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/**
 * The AiToEarn asset API (seed 000, reference §4): `POST /api/assets/uploadSign` and
 * `POST /api/assets/{id}/confirm`, authenticated by `X-Api-Key`, every outcome HTTP 200
 * with a business `code`. Uploads go into the S3-style store: a presigned PUT
 * (`aitoearn.mode: 'put'`) or a POST policy form (`'post'`).
 */
export const aitoearnService: ServiceDefinition<'aitoearn'> = {
  name: 'aitoearn',
  portOffset: 3,
  create: createAitoearnHandler,
}

function createAitoearnHandler(context: ServiceContext): ServiceHandler {
  const assets = new AitoearnAssets()
  const router = new Router()
  const storeOrigin = (): string => {
    const origin = context.urls.s3
    if (origin === undefined) throw new Error('the s3 service is not running')
    return origin
  }
  const authorized = (request: ServiceRequest): boolean => {
    const key = request.raw.headers['x-api-key']
    return typeof key === 'string' && safeEqual(key, context.config.aitoearn.apiKey)
  }

  router.on('POST', '/api/assets/uploadSign', async (request, res) => {
    if (!authorized(request)) {
      await drain(request)
      return sendAitoearnJson(request, res, AitoearnCode.unauthorized)
    }
    const json = await readJsonOrUndefined(request)
    const body = json === undefined ? undefined : parseUploadSignBody(json)
    if (body === undefined) return sendAitoearnJson(request, res, AitoearnCode.validationFailed)
    const config = context.config.aitoearn
    if (body.size !== undefined && body.size >= config.maxSize) return sendAitoearnJson(request, res, AitoearnCode.assetTooLarge)

    const id = randomBytes(12).toString('hex')
    const path = assetPathFor(body.type, id, body.filename)
    const { bucket, accessKeyId, secretAccessKey, region } = emulatorCredentials
    const url = `${storeOrigin()}/${escapeUri(bucket)}/${path.split('/').map(escapeUri).join('/')}`
    const mimeType = mimeTypeFor(body.filename)
    let uploadUrl: string
    let uploadFields: Record<string, string> = {}
    if (config.mode === 'post') {
      const policy = await createPostPolicy({
        storeOrigin: storeOrigin(),
        bucket,
        key: path,
        ...(mimeType === undefined ? {} : { contentType: mimeType }),
        maxSize: config.policyMaxSize ?? config.maxSize,
        accessKeyId,
        secretAccessKey,
        region,
        expiresSeconds: config.signExpiresSeconds,
      })
      uploadUrl = policy.url
      uploadFields = { ...policy.fields }
    } else {
      uploadUrl = await createPresignedPutUrl({
        storeOrigin: storeOrigin(),
        bucket,
        key: path,
        accessKeyId,
        secretAccessKey,
        region,
        expiresSeconds: config.signExpiresSeconds,
        metadata: {},
        pinChecksum: context.config.s3.pinChecksum,
      })
    }
    assets.add({ id, path, filename: body.filename, type: body.type, size: body.size, mimeType, url, confirmed: false })
    sendAitoearnJson(request, res, AitoearnCode.ok, { id, path, url, uploadUrl, uploadFields })
  })

  router.on('POST', '/api/assets/:id/confirm', async (request, res, params) => {
    await drain(request)
    if (!authorized(request)) return sendAitoearnJson(request, res, AitoearnCode.unauthorized)
    const id = params.id ?? ''
    // AiToEarn's ParseObjectIdPipe: the only source of 10002 in its open-source code.
    if (!/^[0-9a-f]{24}$/.test(id)) return sendAitoearnJson(request, res, AitoearnCode.validationFailed)
    const asset = assets.get(id)
    if (asset === undefined) return sendAitoearnJson(request, res, AitoearnCode.assetNotFound)
    const bucket = emulatorCredentials.bucket
    const object = context.store.get(bucket, asset.path)
    if (object === undefined) return sendAitoearnJson(request, res, AitoearnCode.assetUploadFailed)
    if (object.size >= context.config.aitoearn.maxSize) return sendAitoearnJson(request, res, AitoearnCode.assetTooLarge)
    // A stored Content-Type that differs from mime.lookup(filename) is fixed by a copy onto itself.
    if (asset.mimeType !== undefined && object.contentType !== asset.mimeType) {
      context.store.put({ bucket, key: asset.path, bytes: object.bytes, contentType: asset.mimeType, metadata: object.metadata })
    }
    asset.confirmed = true
    const data: JsonValue = {
      id: asset.id,
      url: asset.url,
      path: asset.path,
      filename: asset.filename,
      type: asset.type,
      size: object.size,
      mimeType: asset.mimeType ?? object.contentType,
      status: 'confirmed',
    }
    sendAitoearnJson(request, res, AitoearnCode.ok, data)
  })

  return {
    async handle(request, res) {
      if (request.method === 'OPTIONS') {
        sendApiPreflight(request, res, { exposeHeaders: AITOEARN_EXPOSED_HEADERS })
        return
      }
      const match = router.match(request.method, request.rawPath)
      if (match.kind !== 'found') {
        await drain(request)
        return sendAitoearnJson(request, res, { code: AitoearnCode.notFound.code, message: `Cannot ${request.method} ${request.rawPath}` })
      }
      await match.handler(request, res, match.params)
    },

    sendFailure(request, res: ServerResponse, failure) {
      const body = failure.body ?? { code: failure.status, message: STATUS_TEXT[failure.status] ?? `HTTP ${failure.status}`, data: {}, timestamp: Date.now() }
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      res.writeHead(failure.status, {
        ...apiCorsHeaders(request, { exposeHeaders: AITOEARN_EXPOSED_HEADERS }),
        'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      })
      res.end(text)
      request.raw.resume()
    },
  }
}

/** The JSON body, or `undefined` when it is not JSON (or over 1 MiB). */
async function readJsonOrUndefined(request: ServiceRequest): Promise<JsonValue | undefined> {
  try {
    return await readJson(request.body)
  } catch (error) {
    if (error instanceof InvalidJsonError || error instanceof BodyTooLargeError) return undefined
    throw error
  }
}

/** Reads and discards the body (at most 1 MiB kept in flight). */
async function drain(request: ServiceRequest): Promise<void> {
  try {
    await readBody(request.body, 1024 * 1024)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
  }
}
