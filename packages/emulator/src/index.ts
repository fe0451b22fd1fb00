/**
 * `@media-uploader/emulator`: local stand-ins for the upload providers (S3/R2-style store,
 * `/oss/presign` API, AiToEarn, Aliyun VOD + OSS, Jimeng + ImageX, admin API with fault
 * injection). Everything listens on 127.0.0.1.
 */
export { startEmulator } from './startEmulator.ts'
export type { Emulator, EmulatorOptions, EmulatorUrls } from './Emulator.ts'
export type { ServiceName } from './services/index.ts'
export type { EmulatorConfig, S3Config, S3Flavour } from './config/EmulatorConfig.ts'
export type { AitoearnConfig, AitoearnUploadMode } from './services/aitoearn/AitoearnConfig.ts'
export { emulatorCredentials, type AccessKey } from './emulatorCredentials.ts'
export { ObjectStore, NoSuchBucketError } from './store/ObjectStore.ts'
export type { StoredObject, PutObjectInput } from './store/StoredObject.ts'
export { FaultController } from './faults/FaultController.ts'
export { FaultSpecError } from './faults/FaultSpecError.ts'
export type { FaultSpec, FaultMatch, FailNext } from './faults/FaultSpec.ts'
export type { FaultRule } from './faults/FaultRule.ts'
export { RequestLog } from './log/RequestLog.ts'
export type { RequestLogEntry } from './log/RequestLogEntry.ts'
export type { ObjectSummary } from './admin/ObjectSummary.ts'
export type { JsonValue } from './http/JsonValue.ts'
export { localhostLookup } from './http/localhostLookup.ts'
export { installLocalhostLookup } from './http/installLocalhostLookup.ts'
