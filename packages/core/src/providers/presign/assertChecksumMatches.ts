import { MediaUploaderError } from '../../errors/MediaUploaderError.ts'
import { crc32OffMainThread } from '../../internal/crc32OffMainThread.ts'
import { crc32ToBase64 } from '../../internal/crc32ToBase64.ts'
import type { ProviderFile } from '../../provider.ts'

/**
 * A presigned URL made by AWS SDK ≥ 3.729 without `requestChecksumCalculation:
 * 'WHEN_REQUIRED'` pins the CRC32 of an empty body (`AAAAAA==`); R2 then
 * rejects every non-empty upload with a CORS-less 400 the browser sees as a
 * network error. Detect it before uploading (the CRC-32 is computed in a Web
 * Worker) and say how to fix the server.
 */
export async function assertChecksumMatches(url: URL, file: ProviderFile, provider: string, signal: AbortSignal): Promise<void> {
  const pinned = url.searchParams.get('x-amz-checksum-crc32')
  if (!pinned) return
  const actual = crc32ToBase64(await crc32OffMainThread(file.data, signal))
  if (actual === pinned) return
  const { id, name, size, type } = file
  const detail = {
    en: `the presigned URL pins x-amz-checksum-crc32=${pinned}, which the file cannot match; create the server's S3 client with requestChecksumCalculation: 'WHEN_REQUIRED'`,
    'zh-CN': `预签名地址固定了 x-amz-checksum-crc32=${pinned}，文件无法匹配；请在服务器上创建 S3 客户端时设置 requestChecksumCalculation: 'WHEN_REQUIRED'`,
  }
  throw new MediaUploaderError('checksum-pinned', { provider, file: { id, name, size, type }, params: { pinned, detail } })
}
