import { invalidParameter } from './VodError.ts'

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * The parameter checks `CreateUploadImage` and `CreateUploadVideo` share, as
 * VOD documents them: Title ≤ 128 bytes, Description ≤ 1024 bytes, at most
 * 16 comma-separated Tags of ≤ 32 bytes each, CateId a Long, UserData a JSON
 * object. Throws `InvalidParameter` naming the parameter.
 */
export function checkMediaParams(params: ReadonlyMap<string, string>): void {
  const title = params.get('Title')
  if (title !== undefined && bytes(title) > 128) throw invalidParameter('Title', 'It must be at most 128 bytes (UTF-8).')
  const description = params.get('Description')
  if (description !== undefined && bytes(description) > 1024) throw invalidParameter('Description', 'It must be at most 1024 bytes (UTF-8).')
  const tags = params.get('Tags')
  if (tags !== undefined) {
    const list = tags.split(',')
    if (list.length > 16) throw invalidParameter('Tags', 'At most 16 tags are allowed.')
    if (list.some((tag) => bytes(tag) > 32)) throw invalidParameter('Tags', 'Each tag must be at most 32 bytes (UTF-8).')
  }
  const cateId = params.get('CateId')
  if (cateId !== undefined && !/^-?\d{1,19}$/.test(cateId)) throw invalidParameter('CateId', 'It must be a Long.')
  const userData = params.get('UserData')
  if (userData !== undefined) {
    let parsed: unknown
    try {
      parsed = JSON.parse(userData)
    } catch {
      parsed = undefined
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidParameter('UserData', 'It must be a JSON object.')
  }
  const appId = params.get('AppId')
  if (appId !== undefined && !/^app-[A-Za-z0-9_-]+$/.test(appId)) throw invalidParameter('AppId', 'It must look like app-1000000.')
}
