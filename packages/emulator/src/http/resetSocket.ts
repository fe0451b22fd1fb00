import type { Socket } from 'node:net'

/** Tears the connection down abruptly (TCP RST where supported), as a crashed peer would. */
export function resetSocket(socket: Socket): void {
  if (typeof socket.resetAndDestroy === 'function') {
    try {
      socket.resetAndDestroy()
      return
    } catch {
      // fall through: the socket may not be a TCP socket
    }
  }
  socket.destroy()
}
