// One embassy's own form has no country column: the country is in its title ("Nomination form —
// Samoa"), the sheet name or the file name. Only a certain match is offered, and the user sees it.
import type { CountryMatch } from '../spreadsheet/row-record'

const SEGMENTS = /\s*(?:[—–:|/\\,;()[\]_]|\s-\s|\.(?=\s|$))\s*/

export function guessDefaultCountry(
  texts: readonly string[],
  matchCountry: (text: string) => CountryMatch,
): string | undefined {
  const found = new Set<string>()
  for (const text of texts) {
    const parts = text.replace(/\.[a-z0-9]{2,4}$/i, '').split(SEGMENTS)
    for (const part of parts) {
      const words = part.trim().split(/\s+/).filter(Boolean)
      // Short phrases only: the last one to three words of each segment ("… of Samoa").
      for (let n = Math.min(3, words.length); n >= 1; n--) {
        const tail = words.slice(-n).join(' ')
        if (tail.length < 3) continue
        const m = matchCountry(tail)
        if (m.status === 'certain') {
          found.add(m.code)
          break
        }
      }
    }
  }
  // Two countries named (a regional workshop "Fiji — Samoa"): not for us to choose.
  return found.size === 1 ? [...found][0] : undefined
}
