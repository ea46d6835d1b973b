import type { Language } from '../../../shared/i18n'
import { localeOf } from './I18nProvider'

/** Counts for a message, with the language's thousands separators: "12,000" / "12.000". */
export function localeCounts<K extends string>(
  lang: Language,
  counts: Readonly<Record<K, number>>,
): Record<K, string> {
  const locale = localeOf(lang)
  const out = {} as Record<K, string>
  for (const key of Object.keys(counts) as K[]) out[key] = counts[key].toLocaleString(locale)
  return out
}
