import type { ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { sendJson } from '../../http/sendJson.ts'
import type { VodError } from './VodError.ts'

/** The host VOD errors name in `HostId`. */
export const VOD_HOST_ID = 'vod.cn-shanghai.aliyuncs.com'

/** A fresh `RequestId` (upper-case UUID, as Alibaba Cloud's). */
export function newVodRequestId(): string {
  return randomUUID().toUpperCase()
}

/** Answers a successful action: `{RequestId, …fields}` (Format=JSON, unwrapped as the live API does). */
export function sendVodResult(res: ServerResponse, requestId: string, fields: Readonly<Record<string, string>>): void {
  sendJson(res, 200, { RequestId: requestId, ...fields })
}

/** Answers an error: `{RequestId, HostId, Code, Message, Recommend}`. */
export function sendVodError(res: ServerResponse, requestId: string, error: VodError): void {
  sendJson(res, error.status, {
    RequestId: requestId,
    HostId: VOD_HOST_ID,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=vod`,
  })
}
