import type { AliyunVodAllowedParams, AliyunVodFixedParams } from './AliyunVodHandlerOptions.ts'
import type { AliyunVodSignBody } from './aliyunVodSignBodySchema.ts'

/** The account-level VOD parameters of one request, or the field the browser may not set. */
export type AccountParams =
  | { readonly params: Readonly<Record<string, string>> }
  | { readonly field: string; readonly message: string }

/** `UserData` keys only the server sets: where VOD calls back, and what it echoes there. */
const SERVER_USER_DATA_KEYS = ['MessageCallback', 'Extend'] as const

/**
 * Decides the account-level parameters (`AppId`, `StorageLocation`,
 * `CateId`, `TemplateGroupId`, `WorkflowId`, `UserData`): the server's
 * `fixed` value, unless the browser asked for one the server allows (equal
 * to `fixed`, or listed in `allowed`). Any other browser value → the field
 * to name in a 400. `UserData.MessageCallback` and `UserData.Extend` never
 * come from the browser; the server's `fixed.userData` keys win over the
 * browser's other keys.
 *
 * @example
 * ```ts
 * accountParams({ fileName: 'a.mp4', appId: 'app-2' }, { appId: 'app-1' }, {}) // { field: 'AppId', message: '…' }
 * ```
 */
export function accountParams(body: AliyunVodSignBody, fixed: AliyunVodFixedParams, allowed: AliyunVodAllowedParams): AccountParams {
  const params: Record<string, string> = {}
  const pick = <T extends string | number>(field: string, asked: T | undefined, own: T | undefined, list: readonly T[] | undefined): string | undefined => {
    if (asked !== undefined && asked !== own && !list?.includes(asked)) return field
    const value = asked ?? own
    if (value !== undefined) params[field] = String(value)
    return undefined
  }
  const refused =
    pick('AppId', body.appId, fixed.appId, allowed.appIds) ??
    pick('StorageLocation', body.storageLocation, fixed.storageLocation, allowed.storageLocations) ??
    pick('CateId', body.cateId, fixed.cateId, allowed.cateIds) ??
    pick('TemplateGroupId', body.templateGroupId, fixed.templateGroupId, allowed.templateGroupIds) ??
    pick('WorkflowId', body.workflowId, fixed.workflowId, allowed.workflowIds)
  if (refused !== undefined) return { field: refused, message: 'this value is set by the server; the browser may not choose it' }

  const browserUserData = body.userData === undefined ? {} : (JSON.parse(body.userData) as Record<string, unknown>)
  const serverKey = SERVER_USER_DATA_KEYS.find((key) => Object.hasOwn(browserUserData, key))
  if (serverKey !== undefined) return { field: `UserData.${serverKey}`, message: 'is set by the server; the browser may not choose it' }
  const serverUserData = fixed.userData === undefined ? {} : typeof fixed.userData === 'string' ? (JSON.parse(fixed.userData) as Record<string, unknown>) : fixed.userData
  const userData = { ...browserUserData, ...serverUserData }
  if (Object.keys(userData).length > 0) params.UserData = JSON.stringify(userData)
  return { params }
}
