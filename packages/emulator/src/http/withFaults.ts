import type { ServerResponse } from 'node:http'
import type { FaultController } from '../faults/FaultController.ts'
import type { RequestLogRecord } from '../log/RequestLog.ts'
import type { ServiceHandler } from '../services/ServiceHandler.ts'
import { countBody } from './countBody.ts'
import { delay } from './delay.ts'
import { resetBodyAfter } from './resetBodyAfter.ts'
import { resetSocket } from './resetSocket.ts'
import { sendInjectedFailure } from './sendInjectedFailure.ts'
import type { ServiceRequest } from './ServiceRequest.ts'
import { throttleBody } from './throttleBody.ts'

/**
 * Handles a request under the fault rules of `service`: adds latency, answers injected
 * failures, throttles or cuts the request body, then calls the real handler. Body bytes
 * delivered to the handler are counted into the request log `record`.
 */
export async function withFaults(
  service: string,
  faults: FaultController,
  handler: ServiceHandler,
  request: ServiceRequest,
  res: ServerResponse,
  record: RequestLogRecord | undefined,
): Promise<void> {
  const counted = (body: AsyncIterable<Buffer>): AsyncIterable<Buffer> =>
    record === undefined ? body : countBody(body, (bytes) => record.addBytes(bytes))
  const effect = faults.take(service, request.method, request.rawPath)
  if (effect === undefined) return handler.handle({ ...request, body: counted(request.body) }, res)
  record?.addFaults(effect.ruleIds)
  if (effect.latencyMs > 0) await delay(effect.latencyMs)
  if (effect.fail !== undefined) {
    const send = handler.sendFailure ?? sendInjectedFailure
    send.call(handler, request, res, effect.fail)
    return
  }
  let body = request.body
  if (effect.bandwidthBytesPerSec !== undefined) body = throttleBody(body, effect.bandwidthBytesPerSec)
  if (effect.resetAfterBytes !== undefined) {
    const socket = request.raw.socket
    body = resetBodyAfter(body, effect.resetAfterBytes, () => resetSocket(socket))
  }
  return handler.handle({ ...request, body: counted(body) }, res)
}
