import { formatMessage } from '@media-uploader/core'
import type { Locale } from '../Locale.ts'
import type { PluralMessage } from '../messages/UploaderMessages.ts'

const rules = new Map<Locale, Intl.PluralRules>()

/** Picks `one`/`other` for `count` in `locale` and fills `{count}` and `params`. */
export function plural(
  locale: Locale,
  message: PluralMessage,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  let pr = rules.get(locale)
  if (!pr) {
    pr = new Intl.PluralRules(locale)
    rules.set(locale, pr)
  }
  const template = pr.select(count) === 'one' ? message.one : message.other
  return formatMessage(template, { ...params, count })
}
