import type { PressLang } from './language'

// House style of the ministry's releases, in both languages: items separated by commas and the
// last two joined by the conjunction without a comma before it — "Tonga, Tuvalu dan Vanuatu",
// "Tonga, Tuvalu and Vanuatu". (Intl.ListFormat would write "Tonga, Tuvalu, dan Vanuatu" in
// Indonesian, which the ministry does not.)

const conjunction: Record<PressLang, string> = { id: 'dan', en: 'and' }

export function joinList(items: readonly string[], lang: PressLang): string {
  const parts = items.map((i) => i.trim()).filter((i) => i !== '')
  if (parts.length <= 1) return parts[0] ?? ''
  const last = parts[parts.length - 1]!
  return `${parts.slice(0, -1).join(', ')} ${conjunction[lang]} ${last}`
}
