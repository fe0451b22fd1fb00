/** When a SigV4 query-presigned URL stops working (epoch ms), from `X-Amz-Date` + `X-Amz-Expires`. */
export function presignExpiry(url: URL): number | undefined {
  const date = url.searchParams.get('X-Amz-Date')
  const expires = Number(url.searchParams.get('X-Amz-Expires'))
  const m = date?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/)
  if (!m || !Number.isFinite(expires)) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, h, mi, s) + expires * 1000
}
