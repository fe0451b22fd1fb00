import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMediaUploaderHandler, type AuthorizeHook, type MediaUploaderProviders } from '@media-uploader/server'
import { toNodeListener } from '@media-uploader/server/node'
import type { ViteDevServer } from 'vite'
import { ensureBuild } from './ensureBuild.ts'
import { serveStatic } from './serveStatic.ts'

/** The demo app's folder (`apps/demo`). */
export const demoRoot = fileURLToPath(new URL('..', import.meta.url))

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** Default 5173. 0 picks a free port. */
  readonly port?: number
  /** Serve the built app (`dist`, built when missing or stale) instead of Vite's dev middleware. */
  readonly prod?: boolean
  /** Origin of the emulator's admin API, handed to the page via `/demo-config.json`. */
  readonly emulatorAdmin: string
  /** Sign handlers to mount under `/api/media-uploader`. */
  readonly providers: MediaUploaderProviders
  /** Key of the ownership grants (VOD refresh, AiToEarn confirm), ≥ 32 characters. */
  readonly grantSecret: string
  /** Send {@link STRICT_CSP} with every response. Without it, only a page requested with `?csp` gets it (the e2e CSP test). */
  readonly csp?: boolean
}

/** The strict Content-Security-Policy the widget must work under: no inline script or style. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*; img-src 'self' blob: data:; media-src 'self' blob:"


/**
 * The demo has no login: every visitor is the user named by the `demo-user`
 * cookie (letters, digits, `-`, `_`), else `demo-visitor`. A real app returns
 * its session's user id here, or `false` for 401.
 */
const demoUser: AuthorizeHook = ({ request }) => {
  const named = /(?:^|;\s*)demo-user=([\w-]{1,64})(?:;|$)/.exec(request.headers.get('cookie') ?? '')?.[1]
  return { userId: named ?? 'demo-visitor' }
}

/** A running demo server. */
export interface DemoServer {
  readonly url: string
  close(): Promise<void>
}

/**
 * Starts the demo web server on 127.0.0.1: sign endpoints under
 * `/api/media-uploader/*`, `/demo-config.json`, and the app (Vite dev
 * middleware, or the production build with `prod`).
 *
 * @example
 * ```ts
 * const demo = await startDemoServer({ emulatorAdmin, providers: { presign: { upstream } } })
 * console.log(demo.url)
 * ```
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const signListener = toNodeListener(createMediaUploaderHandler({ providers: options.providers, authorize: demoUser, grantSecret: options.grantSecret }))
  const demoConfig = JSON.stringify({
    emulatorAdmin: options.emulatorAdmin,
    providers: Object.keys(options.providers),
  })

  const server = http.createServer()
  let app: (req: http.IncomingMessage, res: http.ServerResponse) => void
  let vite: ViteDevServer | undefined
  if (options.prod) {
    const outDir = path.join(demoRoot, 'dist')
    const built = await ensureBuild({
      root: demoRoot,
      outDir,
      sources: [
        path.join(demoRoot, 'index.html'),
        path.join(demoRoot, 'vite.config.ts'),
        path.join(demoRoot, 'src'),
        path.join(demoRoot, 'public'),
        path.join(demoRoot, '../../packages/core/src'),
        path.join(demoRoot, '../../packages/react/src'),
      ],
    })
    if (built) console.log(`[demo] built ${path.relative(process.cwd(), outDir) || outDir}`)
    const serve = serveStatic(outDir)
    app = (req, res) => {
      serve(req, res).catch((error: unknown) => {
        console.error('[demo] static:', error)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      })
    }
  } else {
    const { createServer } = await import('vite')
    vite = await createServer({
      root: demoRoot,
      configFile: path.join(demoRoot, 'vite.config.ts'),
      appType: 'spa',
      server: { middlewareMode: true, hmr: { server } },
    })
    const middlewares = vite.middlewares
    app = (req, res) => middlewares(req, res)
  }

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const [pathname, query = ''] = (req.url ?? '/').split('?')
    if (options.csp || new URLSearchParams(query).has('csp')) res.setHeader('content-security-policy', STRICT_CSP)
    if (pathname === '/demo-config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      res.end(demoConfig)
      return
    }
    signListener(req, res, (error?: unknown) => {
      if (error) {
        console.error('[demo] sign handler:', error)
        res.writeHead(500).end()
        return
      }
      app(req, res)
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 5173, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await vite?.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
