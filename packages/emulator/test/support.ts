import type { Emulator } from '../src/index.ts'

/** The `<Code>` of an S3 XML error body. */
export function xmlCode(xml: string): string | undefined {
  return /<Code>([^<]*)<\/Code>/.exec(xml)?.[1]
}

/** The `<Message>` of an S3 XML error body. */
export function xmlMessage(xml: string): string | undefined {
  return /<Message>([^<]*)<\/Message>/.exec(xml)?.[1]
}

/** A presign API success body. */
export interface PresignSuccess {
  code: number
  msg: string
  data: { url: string; key: string }
}

/** Calls `/oss/presign` and returns the parsed success body (fails the test otherwise). */
export async function presign(emulator: Emulator, query: string): Promise<PresignSuccess> {
  const response = await fetch(`${emulator.urls.presign}/oss/presign?${query}`)
  if (response.status !== 200) throw new Error(`presign answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as PresignSuccess
}

/** Every `access-control-*` response header name. */
export function corsHeaderNames(response: Response): string[] {
  return [...response.headers.keys()].filter((name) => name.startsWith('access-control-'))
}
