import type { AliyunVodTicket } from './AliyunVodTicket.ts'

/**
 * Tickets of uploads that failed, by file, so that a retry (manual, after
 * `online`, or the controller's automatic one) continues the same VOD media
 * and multipart upload instead of starting over. Taken out by the next
 * `prepare` of that file; memory only.
 */
export const resumableTickets = new WeakMap<Blob, AliyunVodTicket>()
