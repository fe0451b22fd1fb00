import type { ServiceDefinition } from '../ServiceDefinition.ts'
import { createOssHandler } from './createOssHandler.ts'

/** The OSS store VOD's upload addresses point at (`http://127.0.0.1:{base+5}/{bucket}/{key}`). */
export const ossService: ServiceDefinition<'oss'> = {
  name: 'oss',
  portOffset: 5,
  create: createOssHandler,
}
