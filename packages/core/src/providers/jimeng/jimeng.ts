import { jimengKindOf } from '@media-uploader/contracts/jimeng'
import { crc32OffMainThread } from '../../internal/crc32OffMainThread.ts'
import { toSignError } from '../../internal/toSignError.ts'
import { defineProvider, type ProviderFile, type StepContext } from '../../provider.ts'
import { applyUpload } from './applyUpload.ts'
import { applyVideoUpload } from './applyVideoUpload.ts'
import { commitImage } from './commitImage.ts'
import { commitVideo } from './commitVideo.ts'
import { isExpiredToken, isSkewed, type ImagexFailure } from './imagexFailure.ts'
import type { JimengResult } from './JimengResult.ts'
import type { JimengTicket } from './JimengTicket.ts'
import { JimengTokens } from './jimengToken.ts'
import { postBytes } from './postBytes.ts'
import { jimengRules } from './rules.ts'

export type { JimengImageResult, JimengResult, JimengVideoResult } from './JimengResult.ts'

/** `video` for mp4/mov/webm (or a `video/*` type), else `image`. */
const kindOf = (file: ProviderFile) => jimengKindOf(file.extension) ?? (file.type.startsWith('video/') ? 'video' : 'image')

/** The controller's token cache of one kind for this endpoint (never shared between kinds or controllers). */
function tokensFor<K extends 'image' | 'video'>(kind: K, { endpoint, http, clock, session }: StepContext<Record<string, never>>): JimengTokens<K> {
  return session.memo(`jimeng:${kind}:${endpoint}`, () => new JimengTokens(kind, endpoint, http, clock))
}

async function applyFor(file: ProviderFile, ctx: StepContext<Record<string, never>>, stale: JimengTicket | undefined): Promise<JimengTicket> {
  const kind = kindOf(file)
  if (kind === 'video') {
    const tokens = tokensFor('video', ctx)
    if (stale?.kind === 'video') tokens.drop(stale.applied.token)
    return { kind, applied: await applyVideoUpload(tokens, file.size, ctx.signal, ctx.clock) }
  }
  const tokens = tokensFor('image', ctx)
  if (stale?.kind === 'image') tokens.drop(stale.applied.token)
  return { kind, applied: await applyUpload(tokens, file.size, ctx.signal, ctx.clock) }
}

/**
 * Jimeng / Dreamina through ByteDance's stores (seed 003, reference §2):
 * images go to ImageX (`scene: 2`), mp4/mov/webm videos to VOD's inner
 * upload (`scene: 1`). The app server turns the account's refresh token into
 * STS credentials (`POST {endpoint}` `{kind}`; one call per kind and
 * controller, reused in memory while valid, image and video tokens cached
 * apart); the browser signs Apply/Commit itself (SigV4 via aws4fetch, service
 * `imagex` or `vod`) and posts the bytes to the upload host with their
 * CRC-32, computed in a Web Worker from slices (never the whole file in
 * memory). The commit is its own step, so a failed commit is retried without
 * sending the bytes again. Results are a union told apart by `kind`.
 *
 * @example
 * ```ts
 * const uploader = createUploader({ provider: 'jimeng' })
 * uploader.on('upload-success', (file, result) => console.log(result.kind === 'video' ? result.vid : result.uri))
 * ```
 */
export const jimeng = defineProvider<'jimeng', JimengResult, JimengTicket>({
  id: 'jimeng',
  rules: jimengRules,

  async sign(file, ctx, stale) {
    // A re-sign after the storage refused the token (or the time) drops it: a new token, which also re-syncs the clock.
    try {
      return await applyFor(file, ctx, stale)
    } catch (error) {
      const { id, name, size, type } = file
      throw toSignError(error, ctx.providerId, { id, name, size, type })
    }
  },

  expiresAt: (ticket) => ticket.applied.token.expiresAt,

  async upload(file, { applied }, io) {
    const crc = (await crc32OffMainThread(file.data, io.signal)).toString(16).padStart(8, '0')
    const headers = { Authorization: applied.auth, 'Content-CRC32': crc, 'Content-Type': 'application/octet-stream' }
    await postBytes(`${applied.host}/upload/v1/${applied.uri}`, headers, file.data, io.signal, io.onProgress)
  },

  commit(_file, ticket, _receipt, ctx) {
    return ticket.kind === 'video' ? commitVideo(ticket.applied, ctx.signal, ctx.clock) : commitImage(ticket.applied, ctx.signal, ctx.clock)
  },

  classifyError(error) {
    const { status, serviceCode, name, message } = (error ?? {}) as ImagexFailure
    const base = { status, serviceCode, detail: [status, serviceCode, message].filter(Boolean).join(' ') }
    // 4006 is the emulator's code; the real upload host's is unverified, so the message is checked too.
    if (serviceCode === '4006' || /crc/i.test(message ?? '')) return { ...base, code: 'checksum-mismatch' }
    if (name === 'CommitError') return { ...base, code: 'commit-failed' }
    if (isExpiredToken(error)) return { ...base, code: 'url-expired' }
    // ImageX/VOD do not say their time: the re-sign that follows brings the app server's `Date`.
    if (isSkewed(error)) return { ...base, code: 'storage-rejected', serverTime: Number.NaN }
    return undefined
  },
})

