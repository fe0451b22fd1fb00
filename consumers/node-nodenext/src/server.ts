import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { mediaUploader } from './mediaUploader.js'

const app = new Hono()
app.all('/api/media-uploader/*', async (c) => (await mediaUploader(c.req.raw)) ?? c.notFound())

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: '127.0.0.1' })
