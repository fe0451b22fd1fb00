import { adminService } from '../admin/adminService.ts'
import { s3Service } from '../s3/s3Service.ts'
import { presignService } from './presign/presignService.ts'
import type { ServiceDefinition } from './ServiceDefinition.ts'

/**
 * Every service `startEmulator` starts, each on `basePort + portOffset`.
 *
 * Port offsets:
 * - 0 admin (inspection + fault control)
 * - 1 s3 (S3-style object store)
 * - 2 presign (`/oss/presign`, seed 001)
 * - reserved: 3 aitoearn API, 4 aliyun VOD API, 5 OSS store, 6 jimeng API, 7 imagex API,
 *   8 imagex upload host, 9 spare
 *
 * To add a provider: create `services/<name>/` exporting a `ServiceDefinition<'<name>'>` and
 * append it here; `Emulator['urls']` gains the name automatically.
 */
export const services = [adminService, s3Service, presignService] as const satisfies readonly ServiceDefinition[]

/** Names of the running services (keys of `Emulator['urls']`). */
export type ServiceName = (typeof services)[number]['name']
