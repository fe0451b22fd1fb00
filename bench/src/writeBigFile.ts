import { appendFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Writes a `mib` MiB file of patterned bytes to the temp dir (64 MiB at a time, never all in
 * memory) and returns its path, for a page to pick through `<input type=file>` as a user would.
 *
 * @example
 * const path = writeBigFile(1024); await page.setInputFiles('#crc-file', path)
 */
export function writeBigFile(mib: number): string {
  const path = join(tmpdir(), `media-uploader-bench-${process.pid}-${mib}.bin`)
  const part = Buffer.alloc(64 * 1024 * 1024)
  for (let i = 0; i < part.length; i++) part[i] = Math.imul(i, 2654435761) >>> 24
  writeFileSync(path, '')
  for (let written = 0; written < mib; written += 64) appendFileSync(path, part)
  return path
}
