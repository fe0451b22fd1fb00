import { createOpenApiHandler } from '../imagex/createOpenApiHandler.ts'
import type { ServiceDefinition } from '../ServiceDefinition.ts'
import { applyUploadInner } from './applyUploadInner.ts'
import { commitUploadInner } from './commitUploadInner.ts'

/**
 * The ByteDance VOD OpenAPI's inner upload (`{vod}/?Action=…&Version=2020-11-19&SpaceName=…`),
 * which the Jimeng web clients use for video: `GET ApplyUploadInner` and
 * `POST CommitUploadInner`, SigV4-signed (service `vod`, verified as ImageX's
 * calls are) with a `scene: 1` token from the jimeng token API; the bytes go
 * to the ImageX upload host with their `Content-CRC32`. Answers CORS for the
 * configured origins only (the real service's CORS is unverified).
 */
export const bytedanceVodService: ServiceDefinition<'bytedance-vod'> = {
  name: 'bytedance-vod',
  portOffset: 9,
  create: (context) =>
    createOpenApiHandler(context, {
      version: '2020-11-19',
      service: 'vod',
      spaceParam: 'SpaceName',
      permission: 'vod',
      apply: { action: 'ApplyUploadInner', run: applyUploadInner },
      commit: { action: 'CommitUploadInner', run: commitUploadInner },
    }),
}
