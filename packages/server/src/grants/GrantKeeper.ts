import type { ProviderId } from '../types.ts'

/**
 * Issues and checks ownership grants: HMAC-SHA256 tokens binding a user, a
 * provider, a resource id (a VOD VideoId, an AiToEarn asset id) and an
 * expiry. Stateless: every server holding the same key verifies every other
 * server's grants.
 *
 * @example
 * ```ts
 * const grant = await keeper.issue('alice', 'aliyun-vod', videoId)
 * await keeper.verify(grant, 'bob', 'aliyun-vod', videoId) // false
 * ```
 */
export interface GrantKeeper {
  issue(userId: string, provider: ProviderId, resource: string): Promise<string>
  /** Whether `token` is a valid, unexpired grant for exactly this user, provider and resource. */
  verify(token: unknown, userId: string, provider: ProviderId, resource: string): Promise<boolean>
}
