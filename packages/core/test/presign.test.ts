import { describe, expect, expectTypeOf, it } from 'vitest'
import { createUploader } from '../src/createUploader.ts'
import { crc32Blob } from '../src/internal/crc32Blob.ts'
import { crc32ToBase64 } from '../src/internal/crc32ToBase64.ts'
import { assertChecksumMatches } from '../src/providers/presign/assertChecksumMatches.ts'
import { presignExpiry } from '../src/providers/presign/presignExpiry.ts'
import type { PresignResult } from '../src/providers/presign/presign.ts'
import type { Uploader } from '../src/Uploader.ts'
import type { UploadController } from '../src/types.ts'
import { isMediaUploaderError } from '../src/errors/MediaUploaderError.ts'

const pf = (data: Blob, name = 'a.jpg') => ({ id: 'x', name, size: data.size, type: 'image/jpeg', data, extension: 'jpg' })

describe('presign helpers', () => {
  it('computes CRC32 as the reference vectors say', async () => {
    expect(crc32ToBase64(await crc32Blob(new Blob([])))).toBe('AAAAAA==')
    const hello = await crc32Blob(new Blob(['hello']))
    expect(hello.toString(16).padStart(8, '0')).toBe('3610a686')
    expect(crc32ToBase64(hello)).toBe('NhCmhg==')
  })

  it('reads the expiry of a SigV4 presigned URL', () => {
    const url = new URL('https://h/b/k?X-Amz-Date=20250503T144032Z&X-Amz-Expires=300')
    expect(presignExpiry(url)).toBe(Date.UTC(2025, 4, 3, 14, 40, 32) + 300_000)
    expect(presignExpiry(new URL('https://h/b/k'))).toBeUndefined()
  })

  it('fails fast with checksum-pinned when the URL pins the empty-body CRC32', async () => {
    const url = new URL('https://h/b/k?x-amz-checksum-crc32=AAAAAA%3D%3D&x-amz-sdk-checksum-algorithm=CRC32')
    const error = await assertChecksumMatches(url, pf(new Blob(['hello'])), 'presign', new AbortController().signal).catch((e: unknown) => e)
    expect(isMediaUploaderError(error) && error.code).toBe('checksum-pinned')
    const detail = isMediaUploaderError(error) ? error.params['detail'] : undefined
    expect(detail).toMatchObject({ en: expect.stringContaining("requestChecksumCalculation: 'WHEN_REQUIRED'"), 'zh-CN': expect.stringContaining("requestChecksumCalculation: 'WHEN_REQUIRED'") })
    expect((error as Error).message).not.toContain('WHEN_REQUIRED')
    await expect(assertChecksumMatches(url, pf(new Blob([])), 'presign', new AbortController().signal)).resolves.toBeUndefined()
    const right = new URL('https://h/b/k?x-amz-checksum-crc32=NhCmhg%3D%3D')
    await expect(assertChecksumMatches(right, pf(new Blob(['hello'])), 'presign', new AbortController().signal)).resolves.toBeUndefined()
  })
})

describe('createUploader', () => {
  it('infers the result type from the provider id', () => {
    const uploader = createUploader({ provider: 'presign', autoStart: false })
    expectTypeOf(uploader).toEqualTypeOf<Uploader<'presign'>>()
    uploader.on('upload-success', (_file, result) => {
      expectTypeOf(result).toEqualTypeOf<PresignResult>()
    })
    uploader.destroy()
  })

  it('rejects an unknown provider id at runtime too', () => {
    // @ts-expect-error not a provider id
    expect(() => createUploader({ provider: 'nope' })).toThrow(/unknown provider/)
  })
})
