import { aliyunVodFieldErrorSchema, aliyunVodUploadTicketSchema, type AliyunVodFieldError, type AliyunVodUploadTicket } from '@media-uploader/contracts/aliyun-vod'
import { MediaUploaderError, type ErrorFileRef } from '../../errors/MediaUploaderError.ts'
import type { SignClient } from '../../internal/SignClient.ts'
import { readAnswer } from '../../internal/readAnswer.ts'
import { SignHttpError } from '../../internal/SignHttpError.ts'
import { toSignError } from '../../internal/toSignError.ts'

const PROVIDER = 'aliyun-vod'

// Checked in development builds only (see readAnswer).
const checked = process.env.NODE_ENV !== 'production' ? { fieldError: aliyunVodFieldErrorSchema, ticket: aliyunVodUploadTicketSchema } : undefined

/** The refused VOD field a 400 names, or undefined for any other failure. */
function fieldErrorOf(value: unknown): AliyunVodFieldError | undefined {
  if (checked) {
    const parsed = checked.fieldError.safeParse(value)
    return parsed.success ? parsed.data : undefined
  }
  const named = value as Partial<AliyunVodFieldError> | null | undefined
  return typeof named?.field === 'string' && typeof named.issue === 'string' ? (named as AliyunVodFieldError) : undefined
}

const zhIssue = (issue: string, limit: number | undefined): string =>
  issue === 'invalid' ? '无效' : issue === 'not-allowed' ? '由服务器设定，不能由浏览器选择' : `超过 ${limit} ${issue === 'too-many' ? '个' : '字节'}`

/**
 * One call to the app server's aliyun-vod route (sign, or `/refresh`): POST
 * JSON, the answer checked against the contract. A refused field becomes
 * `sign-rejected` naming the VOD field in both languages; other failures map
 * through `toSignError`; a success without a usable ticket is
 * `sign-response-invalid`.
 *
 * @example
 * ```ts
 * const ticket = await aliyunVodSignCall(http, endpoint, { fileName: 'a.mp4', fileSize: 1 }, signal, file)
 * ```
 */
export async function aliyunVodSignCall(http: SignClient, url: string, json: unknown, signal: AbortSignal, file: ErrorFileRef): Promise<AliyunVodUploadTicket> {
  let body: { code?: unknown; data?: unknown } | null | undefined
  try {
    body = (await http.post(url, json, signal)) as typeof body
  } catch (error) {
    const data = error instanceof SignHttpError ? (error.data as { msg?: unknown; data?: unknown } | null | undefined) : undefined
    const field = fieldErrorOf(data?.data)
    if (!field) throw toSignError(error, PROVIDER, file)
    const { field: name, issue, limit } = field
    const zh = `${name} ${zhIssue(issue, limit)}`
    const en = typeof data?.msg === 'string' ? data.msg : zh
    throw new MediaUploaderError('sign-rejected', { provider: PROVIDER, file, status: 400, params: { field: name, detail: { en, 'zh-CN': zh } }, cause: error })
  }
  if (body?.code !== 0) throw aliyunVodInvalidAnswer(file)
  return readAnswer(body.data, checked?.ticket, () => aliyunVodInvalidAnswer(file))
}

/**
 * The error for a sign answer without usable `UploadAddress`/`UploadAuth`.
 *
 * @example
 * ```ts
 * throw aliyunVodInvalidAnswer({ id, name, size, type })
 * ```
 */
export const aliyunVodInvalidAnswer = (file: ErrorFileRef): MediaUploaderError =>
  new MediaUploaderError('sign-response-invalid', { provider: PROVIDER, file, params: { detail: 'UploadAddress/UploadAuth' } })
