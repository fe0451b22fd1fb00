import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../../http/ServiceRequest.ts'
import { bucketCorsHeaders } from '../../s3/bucketCorsHeaders.ts'
import { bucketPreflight } from '../../s3/bucketPreflight.ts'
import { parseQueryList, type QueryList } from '../../s3/QueryList.ts'
import { S3Error } from '../../s3/S3Error.ts'
import type { ServiceContext } from '../ServiceContext.ts'
import type { InjectedFailure, ServiceHandler } from '../ServiceHandler.ts'
import { authenticateOss } from './authenticateOss.ts'
import { handleOssAbortMultipart } from './handleOssAbortMultipart.ts'
import { handleOssCompleteMultipart } from './handleOssCompleteMultipart.ts'
import { handleOssGetObject } from './handleOssGetObject.ts'
import { handleOssInitiateMultipart } from './handleOssInitiateMultipart.ts'
import { handleOssListParts } from './handleOssListParts.ts'
import { handleOssPutObject } from './handleOssPutObject.ts'
import { handleOssUploadPart } from './handleOssUploadPart.ts'
import { newOssRequestId } from './newOssRequestId.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'
import { ossErrorForStatus } from './ossErrorForStatus.ts'
import { ossErrorXml } from './ossErrorXml.ts'
import { ossStateOf } from './ossStateOf.ts'
import { vodBucketCors } from './vodBucketCors.ts'
import { handleOssPostObject } from './handleOssPostObject.ts'
import { parseOssTarget } from './parseOssTarget.ts'
import { VOD_REGION } from './vodBucket.ts'

type Operation = (call: OssCall) => Promise<void>

/** Picks the operation from the method and the sub-resources, or throws. */
function operationFor(method: string, names: ReadonlySet<string>): Operation {
  const multipart = names.has('uploadId')
  switch (method) {
    case 'PUT':
      if (multipart !== names.has('partNumber')) throw new OssError(400, 'InvalidArgument', 'UploadPart needs both partNumber and uploadId.')
      return multipart ? handleOssUploadPart : handleOssPutObject
    case 'POST':
      if (names.has('uploads')) return handleOssInitiateMultipart
      if (multipart) return handleOssCompleteMultipart
      throw new OssError(501, 'NotImplemented', 'The emulator does not implement this POST operation.')
    case 'GET':
      return multipart ? handleOssListParts : handleOssGetObject
    case 'HEAD':
      return handleOssGetObject
    case 'DELETE':
      if (multipart) return handleOssAbortMultipart
      return async (call) => {
        call.request.raw.resume()
        call.context.store.delete(call.bucket, call.key)
        call.res.writeHead(204, call.responseHeaders)
        call.res.end()
      }
    default:
      throw new OssError(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', { Method: method, ResourceType: 'Object' })
  }
}

/**
 * The OSS store behind VOD's upload addresses, virtual-hosted as OSS
 * (`http://{bucket}.localhost:{base+5}/{key}`): V1 and V4 header and query
 * signatures with STS security tokens (checked when the request arrives, so a
 * body still streaming when its token expires is kept), PutObject, PostObject
 * (V1 and V4 policies), multipart (initiate, UploadPart with ETag, ListParts,
 * complete, abort), Get/Head/DeleteObject, and the bucket's CORS rule (the
 * configured origins). Errors are OSS XML, sent with CORS headers so the
 * browser can read the `<Code>`.
 *
 * @example
 * ```ts
 * const handler = createOssHandler(context) // listed in services/index.ts as `oss`
 * ```
 */
export function createOssHandler(context: ServiceContext): ServiceHandler {
  const state = ossStateOf(context)
  const cors = (request: ServiceRequest, bucket: string): Record<string, string> =>
    context.store.hasBucket(bucket) ? bucketCorsHeaders(vodBucketCors(context.config.corsOrigins), request.origin, request.method) : {}

  const fail = (request: ServiceRequest, res: ServerResponse, error: OssError, bucket: string, requestId: string): void => {
    const xml = ossErrorXml(error, requestId, request.raw.headers.host ?? 'localhost')
    res.writeHead(error.status, {
      'x-oss-request-id': requestId,
      server: 'AliyunOSS',
      ...cors(request, bucket),
      'content-type': 'application/xml',
      'content-length': String(Buffer.byteLength(xml)),
    })
    res.end(request.method === 'HEAD' ? undefined : xml)
    request.raw.resume()
  }

  return {
    async handle(request, res) {
      const requestId = newOssRequestId()
      const base = { 'x-oss-request-id': requestId, server: 'AliyunOSS' }
      let bucket = ''
      try {
        const path = parseOssTarget(request.raw.headers.host, request.rawPath)
        bucket = path.bucket
        if (request.method === 'OPTIONS') {
          bucketPreflight(request, res, context.store.hasBucket(bucket) ? vodBucketCors(context.config.corsOrigins) : undefined, base)
          return
        }
        if (!context.store.hasBucket(bucket)) throw new OssError(404, 'NoSuchBucket', 'The specified bucket does not exist.', { BucketName: bucket })
        const endpoint = context.urls.oss ?? 'http://localhost'
        if (path.key === '' && request.method === 'POST' && request.rawQuery === '') {
          await handleOssPostObject({ request, res, bucket, context, state, endpoint, responseHeaders: { ...base, ...cors(request, bucket) } })
          return
        }
        if (path.key === '') throw new OssError(501, 'NotImplemented', 'The emulator does not implement bucket-level operations.')
        let query: QueryList
        try {
          query = parseQueryList(request.rawQuery)
        } catch {
          throw new OssError(400, 'InvalidArgument', 'The query string is not correctly percent-encoded.')
        }
        const operation = operationFor(request.method, new Set(query.map(([name]) => name)))
        const auth = authenticateOss({
          method: request.method,
          bucket,
          key: path.key,
          query,
          headers: request.raw.headers,
          accessKeys: context.accessKeys,
          credentials: state.credentials,
          region: VOD_REGION,
          now: Date.now(),
        })
        await operation({
          request,
          res,
          bucket,
          key: path.key,
          query,
          auth,
          context,
          state,
          responseHeaders: { ...base, ...cors(request, bucket) },
          endpoint,
        })
      } catch (error) {
        if (error instanceof S3Error) {
          // A refused preflight: 403 without CORS headers, like S3 and OSS.
          const xml = ossErrorXml(new OssError(error.status, error.code, error.message), requestId, request.raw.headers.host ?? 'localhost')
          res.writeHead(error.status, { ...base, 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(xml)) })
          res.end(xml)
          return
        }
        if (error instanceof OssError) return fail(request, res, error, bucket, requestId)
        throw error
      }
    },

    sendFailure(request, res, failure: InjectedFailure) {
      let bucket = ''
      try {
        bucket = parseOssTarget(request.raw.headers.host, request.rawPath).bucket
      } catch {
        bucket = ''
      }
      const requestId = newOssRequestId()
      if (failure.body === undefined) return fail(request, res, ossErrorForStatus(failure.status), bucket, requestId)
      const body = typeof failure.body === 'string' ? failure.body : JSON.stringify(failure.body)
      res.writeHead(failure.status, {
        'x-oss-request-id': requestId,
        server: 'AliyunOSS',
        ...cors(request, bucket),
        'content-type': typeof failure.body === 'string' ? 'application/xml' : 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      })
      res.end(request.method === 'HEAD' ? undefined : body)
      request.raw.resume()
    },
  }
}
