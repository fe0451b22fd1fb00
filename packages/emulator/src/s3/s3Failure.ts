import { S3Error } from './S3Error.ts'

const KNOWN: Readonly<Record<number, readonly [code: string, message: string]>> = {
  400: ['BadRequest', 'Bad Request'],
  403: ['AccessDenied', 'Access Denied'],
  404: ['NoSuchKey', 'The specified key does not exist.'],
  409: ['OperationAborted', 'A conflicting conditional operation is currently in progress against this resource. Please try again.'],
  429: ['SlowDown', 'Please reduce your request rate.'],
  500: ['InternalError', 'We encountered an internal error. Please try again.'],
  501: ['NotImplemented', 'A header you provided implies functionality that is not implemented.'],
  503: ['SlowDown', 'Please reduce your request rate.'],
}

/** The S3 error S3 would send with an (injected) HTTP status. */
export function s3Failure(status: number): S3Error {
  const [code, message] = KNOWN[status] ?? ['InjectedFault', `Injected fault (HTTP ${status}).`]
  return new S3Error(status, code, message)
}
