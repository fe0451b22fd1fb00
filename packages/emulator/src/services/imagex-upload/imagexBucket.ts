/** The object-store bucket the ImageX upload host writes into (key = StoreUri). */
export const IMAGEX_BUCKET = 'imagex'
