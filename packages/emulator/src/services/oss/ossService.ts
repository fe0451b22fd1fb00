import type { ServiceDefinition } from '../ServiceDefinition.ts'
import { createOssHandler } from './createOssHandler.ts'

/** The OSS store VOD's upload addresses point at: endpoint `http://localhost:{base+5}`, objects at `http://{bucket}.localhost:{base+5}/{key}`. */
export const ossService: ServiceDefinition<'oss'> = {
  name: 'oss',
  portOffset: 5,
  urlHost: 'localhost',
  create: createOssHandler,
}
