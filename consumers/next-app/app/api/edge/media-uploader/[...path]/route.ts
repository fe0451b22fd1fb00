import { createMediaUploaderHandler } from '@media-uploader/server'

export const runtime = 'edge'

const mediaUploader = createMediaUploaderHandler({
  basePath: '/api/edge/media-uploader',
  providers: {
    presign: { upstream: process.env.PRESIGN_UPSTREAM ?? 'http://127.0.0.1:4002' },
  },
})

async function handle(request: Request): Promise<Response> {
  return (await mediaUploader(request)) ?? new Response(null, { status: 404 })
}

export const GET = handle
export const POST = handle
