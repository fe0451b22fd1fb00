import AwsS3 from '@uppy/aws-s3'
import Uppy from '@uppy/core'
import { createUploader, type AliyunVodResult } from '@media-uploader/core'
import { hmacSha1 } from '../../packages/core/src/providers/aliyun-vod/hmacSha1.ts'
import { ossStringToSign } from '../../packages/core/src/providers/aliyun-vod/ossStringToSign.ts'

/** One VOD upload target: the object URL and a V1 header signer for it (STS credential in the closure). */
interface VodTarget {
  readonly url: string
  sign(verb: string, type: string, subresource: string): Promise<Record<string, string>>
}

/** `POST /api/media-uploader/aliyun-vod` (the app's sign handler → CreateUploadVideo), decoded. */
async function vodTarget(file: File): Promise<VodTarget> {
  const response = await fetch('/api/media-uploader/aliyun-vod', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fileName: file.name, fileSize: file.size }) })
  const { data } = (await response.json()) as { data: { UploadAddress: string; UploadAuth: string } }
  const a = { ...JSON.parse(atob(data.UploadAddress)), ...JSON.parse(atob(data.UploadAuth)) } as Record<string, string>
  const resource = `/${a.Bucket}/${a.FileName}`
  const endpoint = new URL(a.Endpoint as string)
  return {
    // Virtual-hosted, as the provider sends it (OSS answers path-style requests with SecondLevelDomainForbidden).
    url: `${endpoint.protocol}//${a.Bucket}.${endpoint.host}/${(a.FileName as string).split('/').map(encodeURIComponent).join('/')}`,
    sign: async (verb, type, sub) => {
      const date = new Date().toUTCString()
      const headers: Record<string, string> = { 'x-oss-date': date, 'x-oss-security-token': a.SecurityToken as string }
      if (type) headers['Content-Type'] = type
      headers.Authorization = `OSS ${a.AccessKeyId}:${await hmacSha1(a.AccessKeySecret as string, ossStringToSign(verb, '', type, date, headers, resource + sub))}`
      return headers
    },
  }
}

/** The floor: one signed XHR PUT of the whole file to OSS (after the sign call). */
export async function vodSinglePut(file: File): Promise<number> {
  await send(await vodTarget(file), 'PUT', file.type, '', file)
  return 0
}

/** One signed XHR to the target (`sub`: the subresource), resolved with the XHR. */
async function send(target: VodTarget, verb: string, type: string, sub: string, body?: Blob | string): Promise<XMLHttpRequest> {
  const headers = await target.sign(verb, type, sub)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(verb, target.url + sub)
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = () => {}
    xhr.onload = () => (xhr.status < 300 ? resolve(xhr) : reject(new Error(`${verb} ${xhr.status}`)))
    xhr.onerror = () => reject(new Error(`${verb} network error`))
    xhr.send(body)
  })
}

/** The multipart floor: initiate, 16 MiB parts 4 in flight, complete, in raw signed XHRs (no library). */
export async function vodRawMultipart(file: File, partMiB = 16, parallel = 4): Promise<number> {
  const target = await vodTarget(file)
  const uploadId = /<UploadId>(.+?)</.exec((await send(target, 'POST', file.type, '?uploads')).responseText)?.[1]
  const size = partMiB * 1024 * 1024
  const etags: string[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i * size < file.size; i = next++) {
        const xhr = await send(target, 'PUT', file.type, `?partNumber=${i + 1}&uploadId=${uploadId}`, file.slice(i * size, i * size + size))
        etags[i] = xhr.getResponseHeader('ETag')!
      }
    }),
  )
  const parts = etags.map((etag, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${etag}</ETag></Part>`).join('')
  await send(target, 'POST', 'application/xml', `?uploadId=${uploadId}`, `<CompleteMultipartUpload>${parts}</CompleteMultipartUpload>`)
  return 0
}

/** The library: `createUploader({ provider: 'aliyun-vod' })`, multipart with 4 parts in flight. */
export function vodMultipart(file: File): Promise<number> {
  const controller = createUploader({ provider: 'aliyun-vod', restrictions: { rejectDuplicates: false } })
  return new Promise((resolve) => {
    controller.on('complete', ({ failed }) => {
      const result: AliyunVodResult | undefined = controller.getSnapshot().files[0]?.result
      controller.destroy()
      resolve(failed.length || (result?.kind === 'video' ? 0 : 1))
    })
    void controller.add([file])
  })
}

/** What plain Uppy 6 gives: @uppy/aws-s3 multipart (its default 5 MiB parts, one after another) with OSS-signed requests. */
export async function vodUppySerial(file: File): Promise<number> {
  const target = await vodTarget(file)
  const uppy = new Uppy()
  uppy.use(AwsS3, {
    shouldUseMultipart: true,
    signRequest: async (request) => {
      const uploadId = 'uploadId' in request ? request.uploadId : undefined
      const partNumber = 'partNumber' in request ? request.partNumber : undefined
      const sub = partNumber ? `?partNumber=${partNumber}&uploadId=${uploadId}` : uploadId ? `?uploadId=${uploadId}` : request.method === 'POST' ? '?uploads' : ''
      const type = request.method === 'GET' || request.method === 'DELETE' ? '' : partNumber ? 'application/octet-stream' : uploadId ? 'application/xml' : file.type
      return { url: target.url + sub, headers: await target.sign(request.method, type, sub) }
    },
  })
  uppy.addFile({ name: file.name, type: file.type, data: file })
  const result = await uppy.upload()
  uppy.destroy()
  if (!result || result.failed?.length) throw new Error(`plain Uppy: ${String(result?.failed?.[0]?.error ?? 'no result')}`)
  return 0
}
