import { en, type Catalogue, type MessageKey } from './en'
import { id } from './id'

export type { Catalogue, MessageKey }
export const languages = ['en', 'id'] as const
export type Language = (typeof languages)[number]

export const catalogues: Record<Language, Catalogue> = { en, id }

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'id'
}

export type MessageParams = Readonly<Record<string, string | number>>

/** Fills {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  return formatMessage(catalogues[lang][key], params)
}
