import { createServer, type Server } from 'node:http'
import { redactQuery } from '../log/redactQuery.ts'
import type { ServiceContext } from '../services/ServiceContext.ts'
import type { ServiceDefinition } from '../services/ServiceDefinition.ts'
import { BodyAbortedError } from './BodyAbortedError.ts'
import { createServiceRequest } from './ServiceRequest.ts'
import { withFaults } from './withFaults.ts'

/**
 * The node HTTP server of one service: logs requests, applies fault rules (for observable
 * services) and turns unexpected handler errors into a 500.
 */
export function createServiceServer(definition: ServiceDefinition, context: ServiceContext): Server {
  const handler = definition.create(context)
  const observable = definition.observable !== false
  const server = createServer((req, res) => {
    const request = createServiceRequest(req, context.config.corsOrigins)
    const record = observable
      ? context.requests.start({
          service: definition.name,
          method: request.method,
          path: request.rawPath,
          query: redactQuery(request.query),
          origin: request.origin ?? null,
        })
      : undefined
    if (record !== undefined) res.on('close', () => record.finish(res.writableFinished ? res.statusCode : null))
    const socket = req.socket
    const run = observable
      ? withFaults(definition.name, context.faults, handler, request, res, record)
      : handler.handle(request, res)
    run.catch((error: unknown) => {
      if (error instanceof BodyAbortedError) {
        if (!socket.destroyed) socket.destroy()
        return
      }
      console.error(`[emulator:${definition.name}] ${request.method} ${request.rawPath} failed:`, error)
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('emulator internal error')
      } else res.destroy()
    })
  })
  // Throttled uploads may take long; never time requests out.
  server.requestTimeout = 0
  return server
}
