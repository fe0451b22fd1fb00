import AwsS3 from '@uppy/aws-s3'
import Uppy from '@uppy/core'

/** A plain XHR PUT: the floor every contender is compared with. */
export function xhrPut(url: string, body: Blob, contentType = body.type || 'application/octet-stream'): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', url)
    xhr.setRequestHeader('Content-Type', contentType)
    xhr.upload.onprogress = () => {}
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`PUT ${xhr.status}`)))
    xhr.onerror = () => reject(new Error('PUT network error'))
    xhr.send(body)
  })
}

/** One presigned URL from the emulator's real sign endpoint. */
export async function presignUrl(presign: string, ext: string): Promise<string> {
  const response = await fetch(`${presign}/oss/presign?ext=${ext}&type=${ext === 'mp4' ? 'video' : 'origin'}`)
  const json = (await response.json()) as { data: { url: string } }
  return json.data.url
}

/** Raw XHR PUTs, `limit` in flight, to URLs signed beforehand. */
export async function rawMany(urls: string[], files: Blob[], limit = 6): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const i = next++
      await xhrPut(urls[i]!, files[i]!)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
}

/** What a user would otherwise write: Uppy 6 + @uppy/aws-s3 with one sign fetch per file. */
export async function plainUppy(presign: string, files: File[]): Promise<number> {
  const uppy = new Uppy({ autoProceed: false })
  uppy.use(AwsS3, {
    limit: 6,
    shouldUseMultipart: false,
    signRequest: async (request) => {
      const ext = request.key.split('.').pop() ?? 'jpg'
      return { url: await presignUrl(presign, ext) }
    },
  })
  uppy.addFiles(files.map((data) => ({ name: data.name, type: data.type, data })))
  const result = await uppy.upload()
  uppy.destroy()
  return result?.failed?.length ?? 0
}

/** The ideal pipeline without Uppy: sign calls run ahead (`signAhead` in flight) of `limit` raw PUTs. */
export async function rawSignedAhead(presign: string, files: Blob[], limit = 6, signAhead = 4): Promise<void> {
  const urls: Promise<string>[] = []
  let signed = 0
  const signMore = () => {
    while (signed < files.length && signed < next + limit + signAhead) urls[signed++] = presignUrl(presign, 'jpg')
  }
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const i = next++
      signMore()
      await xhrPut(await urls[i]!, files[i]!)
    }
  }
  signMore()
  await Promise.all(Array.from({ length: limit }, worker))
}
