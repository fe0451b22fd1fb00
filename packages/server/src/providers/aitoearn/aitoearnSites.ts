/**
 * AiToEarn's two public API hosts: the China site and the international site.
 *
 * @example
 * ```ts
 * aitoearnSites.intl // 'https://aitoearn.ai'
 * ```
 */
export const aitoearnSites = {
  cn: 'https://aitoearn.cn',
  intl: 'https://aitoearn.ai',
} as const

/**
 * A key of {@link aitoearnSites}.
 *
 * @example
 * ```ts
 * const site: AitoearnSite = 'cn'
 * ```
 */
export type AitoearnSite = keyof typeof aitoearnSites
