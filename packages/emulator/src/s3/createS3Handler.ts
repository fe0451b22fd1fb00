import type { ServerResponse } from 'node:http'
import type { ServiceRequest } from '../http/ServiceRequest.ts'
import { emulatorCredentials } from '../emulatorCredentials.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import type { InjectedFailure, ServiceHandler } from '../services/ServiceHandler.ts'
import { bucketCorsHeaders } from './bucketCorsHeaders.ts'
import { bucketCorsOf } from './bucketCorsOf.ts'
import { bucketPreflight } from './bucketPreflight.ts'
import { handleDeleteObject } from './handleDeleteObject.ts'
import { handleGetObject } from './handleGetObject.ts'
import { handlePutObject } from './handlePutObject.ts'
import { handlePostObject } from './postObject/handlePostObject.ts'
import { newRequestId } from './newRequestId.ts'
import { parseObjectPath, type ObjectPath } from './ObjectPath.ts'
import { parseQueryList } from './QueryList.ts'
import type { S3Call } from './S3Call.ts'
import { S3Error } from './S3Error.ts'
import { s3Failure } from './s3Failure.ts'
import { sendS3Error } from './sendS3Error.ts'
import { authenticate } from './sigv4/authenticate.ts'

const OPERATIONS: Readonly<Record<string, (call: S3Call) => Promise<void>>> = {
  PUT: handlePutObject,
  GET: handleGetObject,
  HEAD: handleGetObject,
  DELETE: handleDeleteObject,
}

/** Sub-resources of object requests the emulator does not implement. */
const UNSUPPORTED_SUBRESOURCES = ['uploads', 'acl', 'tagging', 'retention', 'legal-hold', 'torrent', 'restore', 'select', 'attributes']

/** The S3-compatible bucket server (path-style `/{bucket}/{key}`). */
export function createS3Handler(context: ServiceContext): ServiceHandler {
  const baseHeaders = (requestId: string): Record<string, string> => ({
    'x-amz-request-id': requestId,
    'x-amz-id-2': Buffer.from(requestId).toString('base64'),
    server: context.config.s3.flavour === 'r2' ? 'cloudflare' : 'AmazonS3',
  })
  const corsFor = (request: ServiceRequest, target: ObjectPath | undefined): Record<string, string> =>
    target !== undefined && context.store.hasBucket(target.bucket)
      ? bucketCorsHeaders(bucketCorsOf(context.config.s3), request.origin, request.method)
      : {}

  const fail = (request: ServiceRequest, res: ServerResponse, error: S3Error, target: ObjectPath | undefined): void => {
    const requestId = newRequestId()
    const cors = error.withCors ? corsFor(request, target) : {}
    sendS3Error(res, error, requestId, { ...baseHeaders(requestId), ...cors }, request.method === 'HEAD')
    // Let the client finish sending; the body is discarded.
    request.raw.resume()
  }

  return {
    async handle(request, res) {
      let target: ObjectPath | undefined
      try {
        target = parseObjectPath(request.rawPath)
        const requestId = newRequestId()
        if (request.method === 'OPTIONS') {
          const cors = context.store.hasBucket(target.bucket) ? bucketCorsOf(context.config.s3) : undefined
          bucketPreflight(request, res, cors, baseHeaders(requestId))
          return
        }
        if (target.bucket === '') throw new S3Error(501, 'NotImplemented', 'The emulator does not implement service-level operations.')
        if (!context.store.hasBucket(target.bucket)) {
          throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: target.bucket })
        }
        if (request.method === 'POST' && target.key === '') {
          // Browser-based upload with a POST policy: authenticated by its form fields.
          await handlePostObject({ request, res, bucket: target.bucket, context, responseHeaders: { ...baseHeaders(requestId), ...corsFor(request, target) } })
          return
        }
        const operation = OPERATIONS[request.method]
        if (operation === undefined || target.key === '') {
          if (target.key === '' && operation !== undefined) {
            throw new S3Error(501, 'NotImplemented', 'The emulator does not implement bucket-level operations.')
          }
          throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', {
            Method: request.method,
            ResourceType: 'OBJECT',
          })
        }
        const query = parseQueryList(request.rawQuery)
        const names = new Set(query.map(([name]) => name))
        if (names.has('uploadId') || names.has('partNumber')) {
          throw new S3Error(404, 'NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.')
        }
        const unsupported = UNSUPPORTED_SUBRESOURCES.find((name) => names.has(name))
        if (unsupported !== undefined) {
          throw new S3Error(501, 'NotImplemented', `The emulator does not implement the ?${unsupported} sub-resource.`)
        }
        const auth = await authenticate({
          method: request.method,
          canonicalPath: target.canonicalPath,
          query,
          headers: request.raw.headers,
          accessKeys: context.accessKeys,
          region: emulatorCredentials.region,
          flavour: context.config.s3.flavour,
        })
        await operation({
          request,
          res,
          target,
          query,
          auth,
          context,
          responseHeaders: { ...baseHeaders(requestId), ...corsFor(request, target) },
        })
      } catch (error) {
        if (error instanceof S3Error) return fail(request, res, error, target)
        throw error
      }
    },

    sendFailure(request, res, failure: InjectedFailure) {
      let target: ObjectPath | undefined
      try {
        target = parseObjectPath(request.rawPath)
      } catch {
        target = undefined
      }
      if (failure.body === undefined) return fail(request, res, s3Failure(failure.status), target)
      const body = typeof failure.body === 'string' ? failure.body : JSON.stringify(failure.body)
      const requestId = newRequestId()
      res.writeHead(failure.status, {
        ...baseHeaders(requestId),
        ...corsFor(request, target),
        'content-type': typeof failure.body === 'string' ? 'application/xml' : 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      })
      res.end(request.method === 'HEAD' ? undefined : body)
      request.raw.resume()
    },
  }
}
