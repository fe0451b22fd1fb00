import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A running stack child (`aliyunVodStack.ts`, `jimengStack.ts`): the sign endpoint, the emulator's admin API and a stop function. */
export interface Stack {
  readonly admin: string
  readonly endpoint: string
  /** Calls the admin API with Node's http (happy-dom's fetch is the page's). */
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>
  stop(): void
}

/** Starts `test/<script>` in a Node child process and waits for the JSON line with its URLs. */
export function startStack(script: string): Promise<Stack> {
  const child = spawn(process.execPath, ['--conditions=@media-uploader/source', '--import', 'tsx', join(dirname(fileURLToPath(import.meta.url)), script)], { stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (!line) return
      const { admin, endpoint } = JSON.parse(line) as { admin: string; endpoint: string }
      resolve({
        admin,
        endpoint,
        call: <T>(method: string, path: string, body?: unknown) =>
          new Promise<T>((done, fail) => {
            const req = request(`${admin}${path}`, { method, headers: { 'content-type': 'application/json' } }, (res) => {
              let text = ''
              res.on('data', (c: Buffer) => (text += c.toString()))
              res.on('end', () => done((text ? JSON.parse(text) : undefined) as T))
            })
            req.on('error', fail)
            req.end(body === undefined ? undefined : JSON.stringify(body))
          }),
        stop: () => child.stdin.end(),
      })
    })
  })
}
