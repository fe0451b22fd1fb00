import { imageThumbnail, type ImageThumbnailJob } from './imageThumbnail.ts'
import type { Thumbnail } from './ThumbnailOptions.ts'

/** A request to the thumbnail worker. */
export type ThumbnailRequest = ImageThumbnailJob & { readonly id: number }
/** The worker's answer: the thumbnail, or why it failed. */
export type ThumbnailReply = ({ readonly id: number } & Thumbnail) | { readonly id: number; readonly error: string }

onmessage = async ({ data }: MessageEvent<ThumbnailRequest>) => {
  let reply: ThumbnailReply
  try {
    reply = { id: data.id, ...(await imageThumbnail(data)) }
  } catch (error) {
    reply = { id: data.id, error: String(error) }
  }
  postMessage(reply)
}
