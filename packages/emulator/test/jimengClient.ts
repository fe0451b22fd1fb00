import { expect } from 'vitest'
import { emulatorCredentials, type Emulator } from '../src/index.ts'

/** Test helpers that call the emulated Jimeng token API the way the Jimeng web clients do. */

export type Variant = 'cn' | 'intl'
/** The STS credential of `get_upload_token`. */
export interface Sts {
  access_key_id: string
  secret_access_key: string
  session_token: string
  service_id?: string
  space_name?: string
}

export const ORIGIN = { cn: 'https://jimeng.jianying.com', intl: 'https://api-proxy-1.deno.dev' }
const APPID = { cn: '513695', intl: '513641' }
const INTL_QUERY = '?aid=513641&web_version=7.5.0&da_version=3.3.2&aigc_features=app_lip_sync'

/** The seed's cookie for a refresh token. */
function cookieFor(refreshToken: string): string {
  const us = refreshToken.toLowerCase().startsWith('us-')
  const token = us ? refreshToken.slice(3) : refreshToken
  return [
    '_tea_web_id=7123456789012345678',
    'is_staff_user=false',
    `store-region=${us ? 'us' : 'cn-gd'}`,
    'store-region-src=uid',
    `sid_guard=${token}%7C1700000000%7C5184000%7CMon%2C+03-Feb-2025+08%3A17%3A09+GMT`,
    'uid_tt=0123456789abcdef0123456789abcdef',
    'uid_tt_ss=0123456789abcdef0123456789abcdef',
    `sid_tt=${token}`,
    `sessionid=${token}`,
    `sessionid_ss=${token}`,
    `sid_tt=${token}`,
  ].join('; ')
}

/** `POST /mweb/v1/get_upload_token` with the variant's headers and cookie. */
export async function tokenCall(emulator: Emulator, variant: Variant, overrides: { refresh?: string; query?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const refresh = overrides.refresh ?? emulatorCredentials.jimeng[variant]
  const query = overrides.query ?? (variant === 'intl' ? INTL_QUERY : '')
  const response = await fetch(`${emulator.urls.jimeng}/mweb/v1/get_upload_token${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: cookieFor(refresh),
      origin: ORIGIN[variant],
      referer: `${ORIGIN[variant]}/`,
      appid: APPID[variant],
      'user-agent': 'Mozilla/5.0 test',
      ...overrides.headers,
    },
    body: JSON.stringify(overrides.body ?? { scene: 2 }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { ret: string; errmsg: string; data: Sts | null }
}

/** A fresh STS credential for the variant's test account. */
export async function sts(emulator: Emulator, variant: Variant): Promise<Sts> {
  const body = await tokenCall(emulator, variant)
  expect(body.ret).toBe('0')
  return body.data as Sts
}

