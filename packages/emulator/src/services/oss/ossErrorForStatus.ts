import { OssError } from './OssError.ts'

/** The OSS error an injected failure of `status` answers with. */
export function ossErrorForStatus(status: number): OssError {
  switch (status) {
    case 400:
      return new OssError(400, 'InvalidArgument', 'Injected failure.')
    case 403:
      return new OssError(403, 'AccessDenied', 'Injected failure.')
    case 404:
      return new OssError(404, 'NoSuchKey', 'The specified key does not exist.')
    case 503:
      return new OssError(503, 'ServiceUnavailable', 'Please reduce your request rate.')
    default:
      return new OssError(status, status >= 500 ? 'InternalError' : 'InvalidRequest', 'Injected failure.')
  }
}
