/** The bucket VOD's upload addresses point into (real ones are `outin-<32 hex>`). */
export const VOD_BUCKET = 'outin-emulator'

/** The region the emulated VOD reports in `UploadAuth`. */
export const VOD_REGION = 'cn-shanghai'
