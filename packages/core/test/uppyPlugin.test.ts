import Uppy from '@uppy/core'
import { describe, expect, it } from 'vitest'
import { isMediaUploaderError } from '../src/errors/MediaUploaderError.ts'
import { MediaUploaderPlugin } from '../src/uppy/MediaUploaderPlugin.ts'
import { makeTestProvider } from './testProvider.ts'

const storage403 = Object.assign(new Error('storage 403'), { name: 'TransportError', status: 403, serviceCode: 'AccessDenied', body: '', requestId: 'req-7' })

/** Issue 13: no way in from Uppy — the transports were private and createUploader could not take the app's own Uppy. */
describe('MediaUploaderPlugin in an app’s own Uppy', () => {
  it('runs a provider’s sign, upload and commit per file and emits Uppy’s standard events with the typed result', async () => {
    const { provider, stats } = makeTestProvider()
    const uppy = new Uppy().use(MediaUploaderPlugin, { provider, retry: { baseDelay: 1, maxDelay: 5 } })
    const progress: number[] = []
    const successes: unknown[] = []
    uppy.on('upload-progress', (_file, p) => progress.push(p.bytesUploaded ?? 0))
    uppy.on('upload-success', (_file, response) => successes.push(response?.body))
    uppy.addFile({ name: 'a.jpg', type: 'image/jpeg', data: new Blob([new Uint8Array(10)]) })
    const result = await uppy.upload()
    expect(result?.successful).toHaveLength(1)
    expect(successes).toEqual([{ result: { name: 'a.jpg', n: 1, location: 'mem://1' } }])
    expect(progress).toContain(5)
    expect([stats.signs, stats.uploads, stats.commits]).toEqual([1, 1, 1])
    uppy.destroy()
  })

  it('reports a failure as a MediaUploaderError on upload-error, with its overrides and request id', async () => {
    const { provider } = makeTestProvider({ uploadFail: new Map([['a.jpg', { times: 1, error: storage403 }]]) })
    const uppy = new Uppy().use(MediaUploaderPlugin, { provider, messages: { en: { 'storage-rejected': 'No: {file}' } } })
    const errors: unknown[] = []
    uppy.on('upload-error', (_file, error) => errors.push(error))
    uppy.addFile({ name: 'a.jpg', type: 'image/jpeg', data: new Blob([new Uint8Array(10)]) })
    await uppy.upload()
    const [error] = errors
    expect(isMediaUploaderError(error) && [error.code, error.requestId, error.retryable, error.localized('en')]).toEqual(['storage-rejected', 'req-7', false, 'No: a.jpg'])
    uppy.destroy()
  })
})
