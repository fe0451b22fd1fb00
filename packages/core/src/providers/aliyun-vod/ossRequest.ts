import { xhrSend, type TransportError } from '../../internal/xhrSend.ts'

/** An OSS answer that was not 2xx: `status` (0 for a network error) and OSS's `<Code>` as `serviceCode`. */
export type OssError = TransportError

/**
 * One request to OSS through {@link xhrSend}, without its retries: the caller
 * retries itself, renewing STS credentials and re-signing between attempts.
 */
export const ossRequest = (
  verb: string,
  url: string,
  headers: Record<string, string>,
  body: Blob | string | undefined,
  signal: AbortSignal,
  onProgress?: (loaded: number) => void,
): Promise<XMLHttpRequest> => xhrSend({ method: verb, url, headers, body, signal, onProgress, retries: 0 })
