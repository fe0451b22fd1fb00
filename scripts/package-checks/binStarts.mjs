/**
 * Starts an installed package's bin with plain Node (no tsx), waits for `expected` on its stdout,
 * then stops it. Resolves to the failures (empty when it started).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export function binStarts(dir, bin, args, expected, timeoutMs = 20_000) {
  return new Promise((resolve) => {
    const child = spawn(join(dir, 'node_modules', '.bin', bin), args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const finish = (failures) => {
      clearTimeout(timer)
      child.kill('SIGTERM')
      resolve(failures)
    }
    const timer = setTimeout(() => finish([`no ${JSON.stringify(expected)} within ${timeoutMs} ms:\n${output}`]), timeoutMs)
    const read = (chunk) => {
      output += chunk
      if (output.includes(expected)) finish([])
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('error', (error) => finish([String(error)]))
    child.on('exit', (code) => finish(output.includes(expected) ? [] : [`exited with ${code}:\n${output}`]))
  })
}
