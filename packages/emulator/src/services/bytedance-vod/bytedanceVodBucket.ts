/** The object-store bucket the upload host writes VOD videos into (key = StoreUri). */
export const BYTEDANCE_VOD_BUCKET = 'bytedance-vod'
