import type { ServiceDefinition } from '../ServiceDefinition.ts'
import { applyImageUpload } from './applyImageUpload.ts'
import { commitImageUpload } from './commitImageUpload.ts'
import { createOpenApiHandler } from './createOpenApiHandler.ts'

/**
 * The ImageX OpenAPI (`{imagex}/?Action=…&Version=2018-08-01`): `GET ApplyImageUpload`
 * and `POST CommitImageUpload`, SigV4-signed with the STS token from the jimeng token API.
 * Answers CORS for the configured origins only (the real service's CORS is unverified).
 */
export const imagexService: ServiceDefinition<'imagex'> = {
  name: 'imagex',
  portOffset: 7,
  create: (context) =>
    createOpenApiHandler(context, {
      version: '2018-08-01',
      service: 'imagex',
      spaceParam: 'ServiceId',
      permission: 'ImageX',
      apply: { action: 'ApplyImageUpload', run: applyImageUpload },
      commit: { action: 'CommitImageUpload', run: commitImageUpload },
    }),
}
