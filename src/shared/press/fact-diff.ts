import { factKeys, type FactKey } from './catalogue'
import { factText, type FactValue, type PressFacts } from './facts'
import { pressLangs, type PressLang } from './language'

// What changed in the registry since a draft was written: "countries: 17 → 18", and for lists
// which names came and went ("+ Vanuatu").

export interface FactChange {
  key: FactKey
  lang: PressLang
  before: string
  after: string
  /** For lists: names now present that were not, and names gone. */
  added: string[]
  removed: string[]
}

function listItems(value: FactValue | undefined): string[] {
  return value?.kind === 'list' ? value.items : []
}

/** Changes per language, in catalogue order; an empty list when nothing changed. */
export function diffFacts(before: PressFacts, after: PressFacts): FactChange[] {
  const changes: FactChange[] = []
  for (const lang of pressLangs) {
    for (const key of factKeys) {
      const a = before[lang].get(key)
      const b = after[lang].get(key)
      const textA = factText(a, lang)
      const textB = factText(b, lang)
      if (textA === textB) continue
      const itemsA = listItems(a)
      const itemsB = listItems(b)
      changes.push({
        key,
        lang,
        before: textA,
        after: textB,
        added: itemsB.filter((i) => !itemsA.includes(i)),
        removed: itemsA.filter((i) => !itemsB.includes(i)),
      })
    }
  }
  return changes
}

/**
 * The changes to show a reader of `lang`: that language's, plus changes that happened only in
 * the other language (an English theme edited, say), each key once.
 */
export function changesFor(changes: readonly FactChange[], lang: PressLang): FactChange[] {
  const own = changes.filter((c) => c.lang === lang)
  const seen = new Set(own.map((c) => c.key))
  const others = changes.filter(
    (c) => c.lang !== lang && !seen.has(c.key) && (seen.add(c.key), true),
  )
  return [...own, ...others]
}
