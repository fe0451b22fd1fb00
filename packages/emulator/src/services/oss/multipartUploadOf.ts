import { queryValue } from '../../s3/QueryList.ts'
import type { MultipartUpload } from './MultipartUpload.ts'
import type { OssCall } from './OssCall.ts'
import { OssError } from './OssError.ts'

/** The upload named by `?uploadId=`, or 404 `NoSuchUpload`. */
export function multipartUploadOf(call: OssCall): MultipartUpload {
  const upload = call.state.uploads.get(queryValue(call.query, 'uploadId') ?? '', call.bucket, call.key)
  if (upload === undefined) {
    throw new OssError(404, 'NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', {
      UploadId: queryValue(call.query, 'uploadId') ?? '',
    })
  }
  return upload
}
