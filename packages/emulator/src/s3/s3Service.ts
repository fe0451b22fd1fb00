import type { ServiceDefinition } from '../services/ServiceDefinition.ts'
import { createS3Handler } from './createS3Handler.ts'

/** The S3-style object store (`http://127.0.0.1:{base+1}/{bucket}/{key}`). */
export const s3Service: ServiceDefinition<'s3'> = {
  name: 's3',
  portOffset: 1,
  create: createS3Handler,
}
