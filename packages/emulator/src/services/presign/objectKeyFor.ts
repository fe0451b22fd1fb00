import { randomUUID } from 'node:crypto'

/** A fresh object key `yyyy/MM/dd/<uuid>.<ext>` (UTC date), as the real API issues. */
export function objectKeyFor(ext: string, now: Date = new Date()): string {
  const yyyy = now.getUTCFullYear()
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(now.getUTCDate()).padStart(2, '0')
  return `${yyyy}/${mm}/${dd}/${randomUUID()}.${ext}`
}
