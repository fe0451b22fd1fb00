import { adminService } from '../admin/adminService.ts'
import { s3Service } from '../s3/s3Service.ts'
import { presignService } from './presign/presignService.ts'
import { aitoearnService } from './aitoearn/aitoearnService.ts'
import { jimengService } from './jimeng/jimengService.ts'
import { imagexService } from './imagex/imagexService.ts'
import { imagexUploadService } from './imagex-upload/imagexUploadService.ts'
import { aliyunVodService } from './aliyun-vod/aliyunVodService.ts'
import { ossService } from './oss/ossService.ts'
import { bytedanceVodService } from './bytedance-vod/bytedanceVodService.ts'
import type { ServiceDefinition } from './ServiceDefinition.ts'

/**
 * Every service `startEmulator` starts, each on `basePort + portOffset`.
 *
 * Port offsets:
 * - 0 admin (inspection + fault control)
 * - 1 s3 (S3-style object store)
 * - 2 presign (`/oss/presign`, seed 001)
 * - 3 aitoearn (`POST /api/assets/uploadSign`, `/api/assets/{id}/confirm`, seed 000)
 * - 4 aliyun-vod (VOD OpenAPI: CreateUploadImage/Video, RefreshUploadVideo, seed 002), 5 oss (the VOD bucket's OSS store)
 * - 6 jimeng (`POST /mweb/v1/get_upload_token`, seed 003), 7 imagex (Apply/CommitImageUpload),
 *   8 imagex-upload (the upload host)
 * - reserved: 3 aitoearn API, 4 aliyun VOD API, 5 OSS store, 6 jimeng API, 7 imagex API,
 *   8 imagex upload host, 9 bytedance-vod (ApplyUploadInner/CommitUploadInner, jimeng video)
 *
 * To add a provider: create `services/<name>/` exporting a `ServiceDefinition<'<name>'>` and
 * append it here; `Emulator['urls']` gains the name automatically.
 */
export const services = [adminService, s3Service, presignService, aitoearnService, jimengService, imagexService, imagexUploadService, aliyunVodService, ossService, bytedanceVodService] as const satisfies readonly ServiceDefinition[]

/** Names of the running services (keys of `Emulator['urls']`). */
export type ServiceName = (typeof services)[number]['name']
