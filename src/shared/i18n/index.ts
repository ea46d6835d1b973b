import { coreEn } from './core.en'
import { coreId } from './core.id'
import { registryEn } from './registry.en'
import { registryId } from './registry.id'
import { registryViewsEn } from './registry-views.en'
import { registryViewsId } from './registry-views.id'
import { agendaEn } from './agenda.en'
import { agendaId } from './agenda.id'
import { exportEn } from './export.en'
import { exportId } from './export.id'
import { importEn } from './import.en'
import { importId } from './import.id'
import { backupsEn } from './backups.en'
import { backupsId } from './backups.id'
import { pressEn } from './press.en'
import { pressId } from './press.id'

// English is the source of truth for message keys. Each feature keeps its messages in its own
// pair of files (<feature>.en.ts, <feature>.id.ts, the Indonesian one typed by the English keys),
// merged here; a test checks the merged catalogues have the same keys and placeholders.
const en = {
  ...coreEn,
  ...registryEn,
  ...registryViewsEn,
  ...agendaEn,
  ...exportEn,
  ...importEn,
  ...backupsEn,
  ...pressEn,
}
export type MessageKey = keyof typeof en
export type Catalogue = Record<MessageKey, string>
const id: Catalogue = {
  ...coreId,
  ...registryId,
  ...registryViewsId,
  ...agendaId,
  ...exportId,
  ...importId,
  ...backupsId,
  ...pressId,
}

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
