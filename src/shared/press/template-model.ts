import { z } from 'zod'
import { factKeys } from './catalogue'
import { pressLangs, type PressLang } from './language'
import { parseMarkup } from './markup'
import { scanPlaceholders } from './render'
import { releaseKinds, type ReleaseKind } from './starter-templates'

// Templates written by staff, stored next to the releases. A template is only text in the
// template markup (markup.ts) per language: nothing in it is evaluated, and what a placeholder
// means is decided by the fixed catalogue, so a stored template can never run code.

export const TEMPLATE_NAME_MAX = 120
/** Generous for a release (the ministry's sample is under 3,000 characters per language). */
export const TEMPLATE_TEXT_MAX = 20_000

/** What a template is made of, as the writer submits it. */
export const templateInputSchema = z.object({
  name: z.string().trim().min(1).max(TEMPLATE_NAME_MAX),
  kind: z.enum(releaseKinds),
  texts: z.object({
    id: z.string().max(TEMPLATE_TEXT_MAX),
    en: z.string().max(TEMPLATE_TEXT_MAX),
  }),
})
export type TemplateInput = z.infer<typeof templateInputSchema>

/** A stored template; rows are parsed with this on every read and dropped when they fail. */
export const pressTemplateSchema = templateInputSchema.extend({
  id: z.string().min(1).max(64),
  /** Increases with every save; a save based on an older revision is refused. */
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().max(200),
})
export type PressTemplateRecord = z.infer<typeof pressTemplateSchema>

/** What creating a release needs from a template, starter or the user's own. */
export interface TemplateSource {
  id: string
  kind: ReleaseKind
  texts: Readonly<Record<PressLang, string>>
}

export interface UnknownPlaceholder {
  /** As written, e.g. "{{event.nmae}}". */
  token: string
  /** The catalogue key it most likely meant, when one is close enough. */
  suggestion?: string
}

export interface TemplateCheck {
  lang: PressLang
  unknown: UnknownPlaceholder[]
  empty: boolean
}

/** Edit distance between two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost))
    }
    previous = row
  }
  return previous[b.length]!
}

/** The fact a mistyped placeholder probably meant: at most two edits away, ignoring case. */
export function suggestFact(token: string): string | undefined {
  const written = token
    .replace(/^\{\{|\}\}$/g, '')
    .trim()
    .toLowerCase()
  let best: { key: string; d: number } | undefined
  for (const key of factKeys) {
    const d = distance(written, key.toLowerCase())
    if (d <= 2 && (!best || d < best.d)) best = { key, d }
  }
  return best?.key
}

/**
 * What a writer should fix in a template: placeholders the catalogue does not know (found as the
 * renderer finds them, after the markup is parsed) and empty texts.
 */
export function checkTemplate(texts: Readonly<Record<PressLang, string>>): TemplateCheck[] {
  return pressLangs.map((lang) => {
    const { unknown } = scanPlaceholders(parseMarkup(texts[lang]))
    return {
      lang,
      empty: texts[lang].trim() === '',
      unknown: unknown.map((token) => {
        const suggestion = suggestFact(token)
        return suggestion ? { token, suggestion } : { token }
      }),
    }
  })
}
