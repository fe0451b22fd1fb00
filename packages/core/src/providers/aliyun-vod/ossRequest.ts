import { xhrSend, type TransportError } from '../../internal/xhrSend.ts'

/** An OSS answer that was not 2xx: `status` (0 for a network error) and OSS's `<Code>` as `serviceCode`. */
export type OssError = TransportError

/**
 * One request to OSS through {@link xhrSend}, signed by the caller (which
 * renews STS credentials and signs again when OSS says they expired).
 */
export const ossRequest = (
  verb: string,
  url: string,
  headers: Record<string, string>,
  body: Blob | string | undefined,
  signal: AbortSignal,
  onProgress?: (loaded: number) => void,
): Promise<XMLHttpRequest> => xhrSend({ method: verb, url, headers, body, signal, onProgress })
