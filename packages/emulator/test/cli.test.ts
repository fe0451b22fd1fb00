import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))

function run(args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env: { ...process.env, EMULATOR_PORT: '' } })
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return { child, output: () => text }
}

async function waitFor(output: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 200; i++) {
    const match = pattern.exec(output())
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no ${pattern} in:\n${output()}`)
}

describe('media-uploader-emulator CLI', () => {
  it('prints the endpoints and test credentials, answers CORS for --cors-origin only, stops on SIGTERM', async () => {
    const { child, output } = run(['--port', '0', '--cors-origin', 'http://app.test', '--cors-origin', 'http://localhost:5173'])
    const presign = (await waitFor(output, /presign\s+(http:\/\/127\.0\.0\.1:\d+)/))[1] as string
    await waitFor(output, /Jimeng refresh tokens/)
    expect(output()).toMatch(/oss\s+http:\/\/localhost:\d+/)
    expect(output()).toContain('EMULATORACCESSKEY / emulator-secret-key')
    expect(output()).toContain('http://app.test http://localhost:5173')
    const preflight = (origin: string) => fetch(`${presign}/oss/presign`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } })
    expect((await preflight('http://localhost:5173')).status).toBe(204)
    expect((await preflight('http://evil.test')).status).toBe(403)
    child.kill('SIGTERM')
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  }, 30_000)

  it('refuses another host or a malformed origin with usage and exit code 2', async () => {
    for (const args of [['--host', '0.0.0.0'], ['--cors-origin', 'localhost:5173/path']]) {
      const { child, output } = run(['--port', '0', ...args])
      const [code] = await once(child, 'exit')
      expect(code).toBe(2)
      expect(output()).toContain('Usage: media-uploader-emulator')
    }
  }, 30_000)
})
