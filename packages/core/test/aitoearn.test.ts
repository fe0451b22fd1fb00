import { describe, expect, it } from 'vitest'
import { isMediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { formatMessage } from '../src/errors/messages.ts'
import { SignClient } from '../src/internal/SignClient.ts'
import { aitoearn } from '../src/providers/aitoearn/aitoearn.ts'
import type { AitoearnOptions } from '../src/providers/aitoearn/aitoearn.ts'
import { stepContext } from './stepContext.ts'

const file = { id: 'f1', name: 'clip.mp4', size: 1234, type: 'video/mp4', data: new Blob(['x']), extension: 'mp4' }

/** A sign endpoint answering with `reply` (status 200 unless given), recording the request bodies. */
function context(reply: unknown, options: AitoearnOptions = {}, status = 200) {
  const requests: { url: string; body: unknown }[] = []
  const http = new SignClient({
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      requests.push({ url: request.url, body: await request.json() })
      return new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } })
    },
  })
  const ctx = stepContext('aitoearn', 'http://app.test/api/media-uploader/aitoearn', http, options)
  return { ctx, requests }
}

const ok = {
  code: 0,
  message: '请求成功',
  data: { id: 'a1', path: 'u/1/clip.mp4', url: 'https://cdn.test/u/1/clip.mp4', uploadUrl: 'https://store.test/b/u/1/clip.mp4?X-Amz-Date=20250503T144032Z&X-Amz-Expires=300', uploadFields: {} },
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e)
  // `en`/`zh`: the user's message; `detail`: the developer side (what the service said), in English.
  return isMediaUploaderError(error)
    ? { code: error.code, service: error.serviceCode, en: error.message, zh: error.localized('zh-CN'), detail: formatMessage('{detail}', error.params) }
    : error
}

describe('aitoearn provider', () => {
  it('signs with filename, size and asset type and reads a PUT ticket', async () => {
    const { ctx, requests } = context(ok, { type: 'userMedia' })
    const ticket = await aitoearn.sign(file, ctx)
    expect(requests[0]?.body).toEqual({ filename: 'clip.mp4', size: 1234, type: 'userMedia' })
    expect(ticket).toMatchObject({ id: 'a1', path: 'u/1/clip.mp4', fields: undefined, expiresAt: Date.UTC(2025, 4, 3, 14, 40, 32) + 300_000 })
  })

  it('keeps uploadFields for a POST-policy upload, with the policy expiry', async () => {
    const policy = btoa(JSON.stringify({ expiration: '2030-01-01T00:00:00.000Z', conditions: [] }))
    const { ctx } = context({ ...ok, data: { ...ok.data, uploadUrl: 'https://store.test/b', uploadFields: { key: 'u/1/clip.mp4', Policy: policy } } })
    const ticket = await aitoearn.sign(file, ctx)
    expect(ticket.fields).toEqual({ key: 'u/1/clip.mp4', Policy: policy })
    expect(ticket.expiresAt).toBe(Date.parse('2030-01-01T00:00:00.000Z'))
  })

  it('maps 401, 10002, 12752 and other codes to typed errors in both languages', async () => {
    expect(await codeOf(aitoearn.sign(file, context({ code: 401, message: 'Unauthorized', data: {} }).ctx))).toMatchObject({ code: 'sign-unauthorized', service: '401', en: expect.stringContaining('not allowed to upload'), zh: expect.stringContaining('没有上传') })
    expect(await codeOf(aitoearn.sign(file, context({ code: 10002, message: '参数验证失败', data: {} }).ctx))).toMatchObject({ code: 'sign-rejected', service: '10002', detail: expect.stringContaining('parameters were invalid') })
    const tooLarge = await codeOf(aitoearn.sign(file, context({ code: 12752, message: '资源过大', data: {} }).ctx))
    expect(tooLarge).toMatchObject({ code: 'file-too-large', service: '12752', en: expect.stringContaining('the limit is your account’s limit'), zh: expect.stringContaining('上限为 账户上限'), detail: 'AssetTooLarge: 资源过大' })
    // The user's message names no provider, no service code, and has no English inside the Chinese.
    for (const text of [(tooLarge as { en: string }).en, (tooLarge as { zh: string }).zh]) expect(text).not.toMatch(/AiToEarn|12752|AssetTooLarge/)
    expect((tooLarge as { zh: string }).zh.replace('clip.mp4', '').replace('1.2 kB', '')).not.toMatch(/[A-Za-z]/)
    expect(await codeOf(aitoearn.sign(file, context({ code: 99, message: 'odd', data: {} }).ctx))).toMatchObject({ code: 'sign-rejected', detail: expect.stringContaining('odd (99)') })
  })

  it('rejects an answer that does not match the seed schema', async () => {
    expect(await codeOf(aitoearn.sign(file, context({ code: 0, message: 'ok', data: { id: 'a1' } }).ctx))).toMatchObject({ code: 'sign-response-invalid', detail: expect.stringContaining('data.path') })
    expect(await codeOf(aitoearn.sign(file, context({ hello: 1 }).ctx))).toMatchObject({ code: 'sign-response-invalid' })
  })

  it('reports an app server refusal (HTTP 403) as unauthorized', async () => {
    expect(await codeOf(aitoearn.sign(file, context({ code: 403, message: 'Forbidden' }, {}, 403).ctx))).toMatchObject({ code: 'sign-unauthorized', detail: expect.stringContaining('Forbidden') })
  })

  it('confirms when asked and returns the confirmed url', async () => {
    const { ctx, requests } = context({ code: 0, message: 'ok', data: { id: 'a1', url: 'https://cdn.test/final.mp4' } }, { confirm: true })
    const ticket = { id: 'a1', path: 'p', url: 'https://cdn.test/p', uploadUrl: 'https://s/p', fields: undefined, expiresAt: undefined, grant: undefined }
    const receipt = { location: 'https://s/p', key: 'p' }
    await expect(aitoearn.commit(file, ticket, receipt, ctx)).resolves.toEqual({ id: 'a1', path: 'p', url: 'https://cdn.test/final.mp4' })
    expect(requests[0]).toEqual({ url: 'http://app.test/api/media-uploader/aitoearn/confirm', body: { id: 'a1' } })
    const failing = context({ code: 12751, message: 'AssetUploadFailed', data: {} }, { confirm: true })
    expect(await codeOf(aitoearn.commit(file, ticket, receipt, failing.ctx))).toMatchObject({ code: 'commit-failed' })
  })
})
