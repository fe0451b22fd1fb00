import { expect, fileRow, makePng, sha256, test } from '../../e2e/fixtures.ts'
import { consumerPorts } from '../consumerApps.ts'

interface ConsumerPage {
  readonly name: string
  readonly url: string
  /** The sign endpoint the widget must call. */
  readonly signPath: string
  readonly heading: RegExp
  /** Server-rendered: the widget's markup is in the HTML before any script runs. */
  readonly ssr: boolean
  /** CDP CPU throttling rate while uploading (React 18 prod once looped in FileList's layout effect on a slow CPU). */
  readonly slowCpu?: number
}

const next = `http://127.0.0.1:${consumerPorts.next}`
const pages: readonly ConsumerPage[] = [
  { name: 'Vite + React 19 build on node:http', url: `http://127.0.0.1:${consumerPorts.nodeHttp}/`, signPath: '/api/media-uploader/presign', heading: /React 19\./, ssr: false },
  { name: 'Vite dev server, /api proxied to node:http', url: `http://127.0.0.1:${consumerPorts.viteDev}/`, signPath: '/api/media-uploader/presign', heading: /React 19\./, ssr: false },
  { name: 'Vite + React 18 build on Express', url: `http://127.0.0.1:${consumerPorts.express}/`, signPath: '/api/media-uploader/presign', heading: /React 18\.3/, ssr: false, slowCpu: 20 },
  { name: 'Next.js, Node.js route', url: `${next}/`, signPath: '/api/media-uploader/presign', heading: /Node\.js route/, ssr: true },
  { name: 'Next.js, Edge route', url: `${next}/edge`, signPath: '/api/edge/media-uploader/presign', heading: /Edge route/, ssr: true },
]

const png = { name: 'photo.png', mimeType: 'image/png', buffer: makePng(48, 32) }

for (const consumer of pages) {
  test(`${consumer.name}: one image lands in the store intact`, async ({ page, request, emulator }) => {
    if (consumer.ssr) {
      const response = await request.get(consumer.url)
      expect(response.status()).toBe(200)
      expect((await response.text()).includes('data-mu-element="root"'), 'the widget is in the server-rendered HTML').toBe(true)
    }
    const signCalls: string[] = []
    page.on('request', (call) => {
      const { pathname } = new URL(call.url())
      if (pathname.includes('/media-uploader/')) signCalls.push(pathname)
    })

    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await page.goto(consumer.url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(consumer.heading)
    if (consumer.slowCpu) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: consumer.slowCpu })
    await page.locator('input[type="file"]').setInputFiles(png)
    await expect(fileRow(page, png.name)).toHaveAttribute('data-status', 'done')

    await expect.poll(async () => (await emulator.objects()).length).toBe(1)
    const [stored] = await emulator.objects()
    expect(stored?.sha256).toBe(sha256(png.buffer))
    expect(stored?.contentType).toBe('image/png')
    expect(signCalls).toEqual([consumer.signPath])
    expect(await emulator.requests('presign')).toHaveLength(1)
    expect(pageErrors).toEqual([])
  })
}

test('Hono on @hono/node-server (tsc nodenext build): signs, and the presigned PUT stores the bytes', async ({ request, emulator }) => {
  // Outside a browser, a GET sign call shows it is no cross-site navigation with the x-media-uploader header.
  const sign = await request.get(`http://127.0.0.1:${consumerPorts.hono}/api/media-uploader/presign?ext=png&type=origin&width=48&height=32`, {
    headers: { 'x-media-uploader': '1' },
  })
  expect(sign.status()).toBe(200)
  const body = (await sign.json()) as { code: number; data: { url: string; key: string } }
  expect(body.code).toBe(0)
  const put = await request.put(body.data.url, { data: png.buffer, headers: { 'content-type': 'image/png' } })
  expect(put.status()).toBe(200)
  const [stored] = await emulator.objects()
  expect(stored?.key).toBe(body.data.key)
  expect(stored?.sha256).toBe(sha256(png.buffer))
})
