import type { S3Call } from './S3Call.ts'

/** DeleteObject (204 whether or not the key existed, as S3 answers). */
export async function handleDeleteObject(call: S3Call): Promise<void> {
  call.context.store.delete(call.target.bucket, call.target.key)
  call.res.writeHead(204, { ...call.responseHeaders })
  call.res.end()
}
