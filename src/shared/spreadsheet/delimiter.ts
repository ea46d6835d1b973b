// Which character separates the fields: Excel writes ";" where the decimal mark is a comma
// (French, Indonesian Windows), "," elsewhere, tab for "Unicode Text", and honours "sep=;".
import { parseDelimited } from './csv'

export const delimiters = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof delimiters)[number]

export interface DelimiterChoice {
  delimiter: Delimiter
  /** The text to parse: without the "sep=" line when there was one. */
  text: string
  sepLine: boolean
}

const SAMPLE_CHARS = 64 * 1024
const SAMPLE_ROWS = 50

export function isDelimiter(x: string): x is Delimiter {
  return (delimiters as readonly string[]).includes(x)
}

export function chooseDelimiter(text: string, forced?: Delimiter): DelimiterChoice {
  const sep = /^sep=(.)?[ \t]*(\r\n|\n|\r|$)/i.exec(text)
  const body = sep ? text.slice(sep[0].length) : text
  const sepLine = sep !== null
  if (forced) return { delimiter: forced, text: body, sepLine }
  const declared = sep?.[1]
  if (declared && isDelimiter(declared)) return { delimiter: declared, text: body, sepLine }
  return { delimiter: detectDelimiter(body), text: body, sepLine }
}

/**
 * The candidate that splits the first lines into the same number of fields most consistently
 * (quotes respected, so "Tuimabu, Lanieta" is not a split); ties go to more fields.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  let best: { d: Delimiter; score: number; width: number } = { d: ',', score: 0, width: 1 }
  for (const d of delimiters) {
    const { rows, truncated } = parseDelimited(sample, d, { maxRows: SAMPLE_ROWS + 1 })
    // The last row of a cut sample may be partial: leave it out.
    const used = (truncated || sample !== text ? rows.slice(0, -1) : rows).filter(
      (r) => r.length > 1 || (r[0] ?? '').trim() !== '',
    )
    const counts = new Map<number, number>()
    for (const r of used) counts.set(r.length, (counts.get(r.length) ?? 0) + 1)
    let width = 1
    let hits = 0
    for (const [w, c] of counts) if (c > hits || (c === hits && w > width)) [width, hits] = [w, c]
    if (width < 2 || used.length === 0) continue
    const score = hits / used.length
    if (score > best.score || (score === best.score && width > best.width))
      best = { d, score, width }
  }
  return best.d
}
