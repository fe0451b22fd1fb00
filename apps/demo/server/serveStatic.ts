import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * A static file server for a built single-page app: files under `root`,
 * `index.html` for any other GET (client-side routes). Hashed assets under
 * `/assets/` are cached for a year, everything else is revalidated.
 *
 * @example
 * ```ts
 * const serve = serveStatic('/app/dist')
 * http.createServer((req, res) => serve(req, res))
 * ```
 */
export function serveStatic(root: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const base = path.resolve(root)
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      res.writeHead(400).end()
      return
    }
    let file = path.resolve(base, `.${pathname}`)
    if (file !== base && !file.startsWith(`${base}${path.sep}`)) {
      res.writeHead(403).end()
      return
    }
    let info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html')
      info = await stat(file).catch(() => undefined)
    }
    if (!info?.isFile()) {
      if (path.extname(pathname) !== '') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      file = path.join(base, 'index.html')
      info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) {
        res.writeHead(404).end()
        return
      }
    }
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  }
}
