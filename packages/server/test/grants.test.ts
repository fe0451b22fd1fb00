import { describe, expect, it } from 'vitest'
import { createGrantKeeper } from '../src/index.ts'

const secret = 'grant-test-secret-0123456789abcdef0123'

describe('createGrantKeeper', () => {
  it('verifies its own grant for exactly the user, provider and resource it names', async () => {
    const keeper = createGrantKeeper({ secret })
    const grant = await keeper.issue('alice', 'aliyun-vod', 'v1')
    expect(await keeper.verify(grant, 'alice', 'aliyun-vod', 'v1')).toBe(true)
    expect(await keeper.verify(grant, 'bob', 'aliyun-vod', 'v1')).toBe(false)
    expect(await keeper.verify(grant, 'alice', 'aitoearn', 'v1')).toBe(false)
    expect(await keeper.verify(grant, 'alice', 'aliyun-vod', 'v2')).toBe(false)
  })

  it('refuses a grant after its lifetime (default 24 h) and one signed with another key', async () => {
    let now = 1_700_000_000_000
    const keeper = createGrantKeeper({ secret, now: () => now })
    const grant = await keeper.issue('alice', 'aitoearn', 'a1')
    now += 24 * 3600 * 1000 - 1000
    expect(await keeper.verify(grant, 'alice', 'aitoearn', 'a1')).toBe(true)
    now += 2000
    expect(await keeper.verify(grant, 'alice', 'aitoearn', 'a1')).toBe(false)
    const short = createGrantKeeper({ secret, lifetimeSeconds: 60, now: () => now })
    const soon = await short.issue('alice', 'aitoearn', 'a1')
    now += 61_000
    expect(await short.verify(soon, 'alice', 'aitoearn', 'a1')).toBe(false)
    const stranger = createGrantKeeper({ secret: `${secret}-other`, now: () => now })
    expect(await keeper.verify(await stranger.issue('alice', 'aitoearn', 'a1'), 'alice', 'aitoearn', 'a1')).toBe(false)
  })

  it.each([undefined, 42, '', 'g1', 'g1..', 'g1.e30.', 'g2.e30.AAAA', 'g1.e30.AAAA.x', `g1.${'A'.repeat(2000)}.AAAA`, 'g1.!!.AAAA'])('refuses %j', async (token) => {
    expect(await createGrantKeeper({ secret }).verify(token, 'alice', 'aitoearn', 'a1')).toBe(false)
  })

  it('refuses a short key at start-up', () => {
    expect(() => createGrantKeeper({ secret: 'short' })).toThrow(/32/)
  })
})
