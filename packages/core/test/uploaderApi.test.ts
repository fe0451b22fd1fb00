import { describe, expect, it } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import { MediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { defaultErrorMessages, errorMessagesEn } from '../src/errors/messages.ts'
import { classifyTransportError } from '../src/internal/classifyTransportError.ts'
import { SignHttpError } from '../src/internal/SignHttpError.ts'
import { toSignError } from '../src/internal/toSignError.ts'
import { UploaderController } from '../src/UploaderController.ts'
import { file, makeController, makeTestProvider, settled } from './testProvider.ts'

const storage = (status: number, extra: object = {}) => Object.assign(new Error(`storage ${status}`), { name: 'TransportError', status, serviceCode: 'AccessDenied', body: '', ...extra })

describe('what createUploader returns', () => {
  it('exposes the provider and restrictions it was created with, read-only', () => {
    const uploader = createUploader({ provider: 'presign', autoStart: false, restrictions: { maxFiles: 3 } })
    expect([uploader.provider, uploader.restrictions]).toEqual(['presign', { maxFiles: 3 }])
    expect(createUploader({ provider: 'jimeng', autoStart: false }).restrictions).toEqual({})
    // @ts-expect-error readonly
    uploader.provider = 'jimeng'
    uploader.destroy()
  })
})

describe('retrying canceled files', () => {
  it('retries a canceled file by id; retry() leaves canceled files alone, retry({ canceled: true }) restarts them', async () => {
    const { controller } = makeController({ uploadDelay: 100 }, { concurrency: 3 })
    const [a, b, c] = await controller.add([file('a.jpg'), file('b.jpg'), file('c.jpg')])
    controller.cancel()
    controller.retry()
    expect([a, b, c].map((f) => controller.getFile(f!.id)?.status)).toEqual(['canceled', 'canceled', 'canceled'])
    controller.retry(a!.id)
    expect(controller.getFile(a!.id)?.status).not.toBe('canceled')
    expect(controller.getFile(b!.id)?.status).toBe('canceled')
    const done = settled(controller)
    controller.retry({ canceled: true })
    await done
    expect([a, b, c].map((f) => controller.getFile(f!.id)?.status)).toEqual(['done', 'done', 'done'])
  })
})

describe('request ids for support', () => {
  it('reads the storage request id from the error, its headers or its body', () => {
    expect(classifyTransportError(storage(403, { requestId: 'oss-1' })).requestId).toBe('oss-1')
    expect(classifyTransportError(storage(403, { body: '<Error><Code>AccessDenied</Code><RequestId>5F3A</RequestId></Error>' })).requestId).toBe('5F3A')
    const json = JSON.stringify({ ResponseMetadata: { RequestId: '2024-volc', Error: { Code: 'AccessDenied' } } })
    expect(classifyTransportError(storage(403, { body: json })).requestId).toBe('2024-volc')
  })

  it('reads the app server request id from a sign answer (x-request-id, x-tt-logid, x-amz-request-id)', () => {
    const ref = { id: 'f', name: 'a.jpg', size: 1, type: '' }
    for (const header of ['x-request-id', 'x-tt-logid', 'x-amz-request-id', 'x-oss-request-id']) {
      const response = new Response('{}', { status: 502, headers: { [header]: `id-${header}` } })
      const error = new SignHttpError(response)
      expect(toSignError(error, 'p', ref).requestId).toBe(`id-${header}`)
    }
    const withBody = new SignHttpError(new Response('{}', { status: 400 }), { requestId: 'r-9', msg: 'no' })
    expect(toSignError(withBody, 'p', ref).requestId).toBe('r-9')
  })

  it('puts the request id on the file error the controller reports', async () => {
    const { controller } = makeController({ uploadFail: new Map([['a.jpg', { times: 1, error: storage(403, { requestId: 'oss-42' }) }]]) })
    const done = settled(controller)
    const [a] = await controller.add([file('a.jpg')])
    await done
    expect(controller.getFile(a!.id)?.error).toMatchObject({ code: 'storage-rejected', requestId: 'oss-42' })
  })
})

describe('message overrides', () => {
  const messages = { en: { 'duplicate-file': 'Already here: {file}', 'storage-rejected': 'Storage said no to {file}' }, 'zh-CN': { 'duplicate-file': '重复：{file}' } }

  it('hands createUploader-style `messages` to every error the controller reports, per locale', async () => {
    const { provider } = makeTestProvider({ uploadFail: new Map([['a.jpg', { times: 1, error: storage(403) }]]) })
    const controller = new UploaderController({ providerId: 'test', rules: provider.rules, loadProvider: async () => provider, messages })
    const done = settled(controller)
    const [a, dup, big] = await controller.add([file('a.jpg'), file('a.jpg'), file('big.jpg', 5000)])
    await done
    expect(controller.getFile(dup!.id)?.error?.localized('en')).toBe('Already here: a.jpg')
    expect(controller.getFile(dup!.id)?.error?.localized('zh-CN')).toBe('重复：a.jpg')
    expect(controller.getFile(a!.id)?.error?.localized('en')).toBe('Storage said no to a.jpg')
    // Codes left out keep the built-in text.
    expect(controller.getFile(big!.id)?.error?.localized('zh-CN')).toContain('太大')
    expect(controller.getFile(a!.id)?.error?.localized('zh-CN')).toBe('“a.jpg”未能存储，请稍后再试。')
  })

  it('merges overrides given later (the widget) over earlier ones, and exports the defaults', () => {
    const error = new MediaUploaderError('network', { provider: 'p', file: { id: 'f', name: 'a.jpg', size: 1, type: '' }, messages: { en: { network: 'app: {file}' } } })
    expect(error.localized('en')).toBe('app: a.jpg')
    error.withMessages({ en: { aborted: 'widget' }, 'zh-CN': { network: '组件：{file}' } })
    expect([error.localized('en'), error.localized('zh-CN')]).toEqual(['app: a.jpg', '组件：a.jpg'])
    error.withMessages({ en: { network: 'widget: {file}' } })
    expect(error.localized('en')).toBe('widget: a.jpg')
    expect(defaultErrorMessages.en).toBe(errorMessagesEn)
    expect(Object.keys(defaultErrorMessages['zh-CN'])).toEqual(Object.keys(errorMessagesEn))
  })
})
