import { describe, expect, it } from 'vitest'
import { RequestLog } from '../src/log/RequestLog.ts'

describe('RequestLog', () => {
  it('keeps the newest `limit` entries, in arrival order', () => {
    const log = new RequestLog(10)
    for (let i = 0; i < 37; i++) log.start({ service: i % 2 ? 's3' : 'presign', method: 'GET', path: `/${i}`, query: {}, origin: null }).finish(200)
    expect(log.list().map((e) => e.path)).toEqual(Array.from({ length: 10 }, (_, i) => `/${27 + i}`))
    expect(log.list('s3').map((e) => e.path)).toEqual(['/27', '/29', '/31', '/33', '/35'])
  })
})
