import { createHash } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { deflateSync } from 'node:zlib'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import type { FaultSpec, ObjectSummary, RequestLogEntry, S3Config, ServiceName } from '../packages/emulator/src/index.ts'
import type { AitoearnConfig } from '../packages/emulator/src/index.ts'

/** A patch for `PATCH /_config`: any subset of the emulator's config. */
export interface ConfigPatch {
  /** Origins every emulated store and API answers CORS for (the demo passes its own at startup). */
  readonly corsOrigins?: readonly string[]
  readonly s3?: Partial<S3Config>
  readonly presignExpiresSeconds?: number
  readonly maxObjectBytes?: number
  readonly jimengTokenExpiresSeconds?: number
  readonly vodUploadAuthExpiresSeconds?: number
  readonly aitoearn?: Partial<AitoearnConfig>
}

/** The emulator's admin API, from the test's side. */
export interface EmulatorAdmin {
  readonly url: string
  objects(): Promise<ObjectSummary[]>
  /** `POST /_reset`: empties the store, removes every fault, clears the request log and restores the startup config. */
  clear(): Promise<void>
  fault(spec: FaultSpec): Promise<void>
  requests(service?: ServiceName): Promise<RequestLogEntry[]>
  config(patch: ConfigPatch): Promise<void>
}

const adminUrl = process.env.EMULATOR_ADMIN ?? 'http://127.0.0.1:4100'

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${adminUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} → HTTP ${response.status}: ${text}`)
  return text ? (JSON.parse(text) as unknown) : undefined
}

function listOf<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[]
  throw new Error(`unexpected admin answer: ${JSON.stringify(body).slice(0, 200)}`)
}

export const emulatorAdmin: EmulatorAdmin = {
  url: adminUrl,
  objects: async () => listOf<ObjectSummary>(await call('GET', '/_objects')),
  clear: async () => {
    await call('POST', '/_reset')
  },
  fault: async (spec) => {
    await call('POST', '/_faults', spec)
  },
  requests: async (service) =>
    listOf<RequestLogEntry>(await call('GET', service ? `/_requests?service=${service}` : '/_requests')),
  config: async (patch) => {
    await call('PATCH', '/_config', patch)
  },
}

/** A file for `setInputFiles`. */
export interface TestFile {
  readonly name: string
  readonly mimeType: string
  readonly buffer: Buffer
}

/** Hex SHA-256. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Deterministic pseudo-random bytes (xorshift32), so a big file's digest is stable across runs. */
export function deterministicBytes(size: number, seed = 0x9e3779b9): Buffer {
  const buffer = Buffer.allocUnsafe(size)
  let x = seed >>> 0 || 1
  let i = 0
  for (; i + 4 <= size; i += 4) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    buffer.writeUInt32LE(x, i)
  }
  for (; i < size; i++) buffer[i] = i & 0xff
  return buffer
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A real, decodable RGB PNG of `width` × `height` (a colour gradient). */
export function makePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour RGB
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / Math.max(1, width - 1)
      raw[row + 2 + x * 3] = (y * 255) / Math.max(1, height - 1)
      raw[row + 3 + x * 3] = 128
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Helpers bound to the demo page. */
export interface DemoPage {
  /** Opens the demo with the widget in English. */
  open(): Promise<void>
  /** Adds files through the widget's file input (in-memory buffers). */
  add(...files: TestFile[]): Promise<void>
  /** Writes a large file to disk first (Playwright caps in-memory buffers at 50 MB), then adds it. */
  addLarge(name: string, bytes: Buffer): Promise<void>
  /** The widget's row for a file. */
  row(name: string): Locator
}

export const test = base.extend<{ emulator: EmulatorAdmin; demo: DemoPage }>({
  emulator: async ({}, use) => {
    await emulatorAdmin.clear()
    await use(emulatorAdmin)
    await emulatorAdmin.clear()
  },
  demo: async ({ page }, use, testInfo) => {
    const input = page.locator('input[type="file"]')
    await use({
      open: async () => {
        await page.goto('/?locale=en')
        await expect(page.locator('[data-mu-element="root"]')).toBeVisible()
      },
      add: async (...files) => {
        await input.setInputFiles(files.map((file) => ({ ...file })))
      },
      addLarge: async (name, bytes) => {
        const path = testInfo.outputPath(name)
        await writeFile(path, bytes)
        await input.setInputFiles(path)
      },
      row: (name) => fileRow(page, name),
    })
  },
})

/** The `<li data-mu-element="file">` whose name is `name`. */
export function fileRow(page: Page, name: string): Locator {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  return page.locator('[data-mu-element="file"]').filter({
    has: page.locator('[data-mu-element="file-name"]', { hasText: exact }),
  })
}

/** Records every text added to the widget's live region, in order. */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { announced: string[] }).announced = seen
    const region = document.querySelector('[data-mu-element="live-region"]') as HTMLElement
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) if (node.textContent) seen.push(node.textContent)
    }).observe(region, { childList: true, subtree: true })
  })
  return () => page.evaluate(() => [...(window as unknown as { announced: string[] }).announced])
}

export { expect }
