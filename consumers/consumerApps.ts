/** Where `scripts/consumers.mjs` runs each consumer fixture during the e2e run (ports 5300-5399, emulator 4300-4309). */
export const consumerPorts = {
  emulator: 4300,
  nodeHttp: 5301,
  express: 5302,
  next: 5303,
  hono: 5304,
  viteDev: 5305,
} as const

/** The emulator's presign API (base port + 2): the `upstream` every fixture's handler is given. */
export const presignUpstream = `http://127.0.0.1:${consumerPorts.emulator + 2}`

/** The origins the consumer pages run on; the emulator's bucket CORS allows these only. */
export const consumerOrigins = [consumerPorts.nodeHttp, consumerPorts.express, consumerPorts.next, consumerPorts.viteDev].map((port) => `http://127.0.0.1:${port}`)
