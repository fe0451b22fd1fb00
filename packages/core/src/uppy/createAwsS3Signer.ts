import { ProviderRunner, type AnyProvider } from '../controller/ProviderRunner.ts'
import { fileExtension } from '../internal/fileExtension.ts'
import { resolveEndpoint } from '../internal/resolveEndpoint.ts'
import type { ProviderFile } from '../provider.ts'
import type { AitoearnOptions } from '../providers/aitoearn/aitoearn.ts'
import { providerRegistry } from '../registry.ts'
import { resolveRetryPolicy, type RetryPolicy } from '../retry/RetryPolicy.ts'

/** The request `@uppy/aws-s3` 6 asks its `signRequest` to sign (only `PUT` without `uploadId` is supported here). */
export interface AwsS3SignableRequest {
  readonly method: string
  readonly key: string
  readonly uploadId?: string
  readonly partNumber?: number
  readonly contentType?: string
}

/** What `signRequest` answers `@uppy/aws-s3` 6: a presigned PUT, or a POST form via `fields`. */
export interface AwsS3SignedRequest {
  readonly url: string
  readonly key: string
  readonly fields?: Readonly<Record<string, string>> | undefined
}

/** The file `@uppy/aws-s3` hands `generateObjectKey`. */
export interface AwsS3KeyFile {
  readonly name?: string
  readonly type?: string
  readonly size: number | null
  readonly data: Blob | { size: number | null } | undefined
}

/** Options of {@link createAwsS3Signer}. */
export type AwsS3SignerOptions =
  | { readonly provider: 'presign'; readonly endpoint?: string; readonly retry?: Partial<RetryPolicy> }
  | { readonly provider: 'aitoearn'; readonly endpoint?: string; readonly providerOptions?: AitoearnOptions; readonly retry?: Partial<RetryPolicy> }

/** Spread into `@uppy/aws-s3`'s options. */
export interface AwsS3Signer {
  /** Remembers the file behind each key (the signer only gets the key). */
  generateObjectKey(file: AwsS3KeyFile): string
  signRequest(request: AwsS3SignableRequest): Promise<AwsS3SignedRequest>
  /** Single requests only: these providers sign one PUT (or POST form) per file. */
  readonly shouldUseMultipart: false
}

/**
 * `signRequest` for `@uppy/aws-s3` 6 that calls the app's media-uploader sign
 * handler (`presign` or `aitoearn`), with the same validation, batching and
 * retry policy as the widget; aitoearn's POST-policy answers go out as
 * `fields`. The object key is the one the server assigns.
 *
 * @example
 * ```ts
 * import AwsS3 from '@uppy/aws-s3'
 * import { createAwsS3Signer } from '@media-uploader/core/uppy'
 *
 * uppy.use(AwsS3, createAwsS3Signer({ provider: 'aitoearn', providerOptions: { type: 'userMedia' } }))
 * ```
 */
export function createAwsS3Signer(options: AwsS3SignerOptions): AwsS3Signer {
  const files = new Map<string, ProviderFile>()
  const policy = resolveRetryPolicy(options.retry)
  const endpoint = resolveEndpoint(options.provider, options.endpoint)
  let loading: Promise<ProviderRunner<unknown>> | undefined
  const runner = () =>
    (loading ??= (options.provider === 'presign' ? providerRegistry.presign.load() : providerRegistry.aitoearn.load()).then(
      (provider: AnyProvider<unknown>) => new ProviderRunner(provider, { endpoint, options: options.provider === 'aitoearn' ? (options.providerOptions ?? {}) : {}, policy }),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))

  return {
    shouldUseMultipart: false,
    generateObjectKey(file) {
      const name = file.name ?? 'file'
      const key = `${crypto.randomUUID()}-${name}`
      const data = file.data instanceof Blob ? file.data : new Blob([])
      files.set(key, { id: key, name, size: file.size ?? data.size, type: file.type ?? data.type, data, extension: fileExtension(name) })
      return key
    },
    async signRequest(request) {
      const file = files.get(request.key)
      if (request.method !== 'PUT' || request.uploadId !== undefined || !file) {
        throw new TypeError(`media-uploader: ${options.provider} signs single PUT uploads of files keyed by generateObjectKey (got ${request.method} ${request.key})`)
      }
      files.delete(request.key)
      const ticket = await (await runner()).sign(file, new AbortController().signal)
      if (isAitoearnTicket(ticket)) return { url: ticket.uploadUrl, key: ticket.fields?.['key'] ?? ticket.path, fields: ticket.fields }
      if (isPresignTicket(ticket)) return { url: ticket.url, key: ticket.key }
      throw new TypeError('media-uploader: unexpected ticket')
    },
  }
}

const isAitoearnTicket = (t: unknown): t is { uploadUrl: string; path: string; fields?: Readonly<Record<string, string>> } =>
  typeof (t as { uploadUrl?: unknown })?.uploadUrl === 'string'

const isPresignTicket = (t: unknown): t is { url: string; key: string } => typeof (t as { url?: unknown })?.url === 'string' && typeof (t as { key?: unknown })?.key === 'string'
