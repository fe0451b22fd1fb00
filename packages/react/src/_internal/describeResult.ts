/** What the file row shows for a finished upload: a label (key, path or id) and a safe http(s) link. */
export interface ResultDescription {
  readonly label: string | undefined
  readonly url: string | undefined
}

function stringField(value: object, field: string): string | undefined {
  const v: unknown = (value as Record<string, unknown>)[field]
  return typeof v === 'string' && v !== '' ? v : undefined
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url, 'http://relative.invalid/')
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/** Reads `key ?? path ?? id` and `url` from any provider's result without knowing its type. */
export function describeResult(result: unknown): ResultDescription {
  if (typeof result !== 'object' || result === null) return { label: undefined, url: undefined }
  return {
    label: stringField(result, 'key') ?? stringField(result, 'path') ?? stringField(result, 'id'),
    url: safeUrl(stringField(result, 'url')),
  }
}
