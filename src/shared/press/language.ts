// The languages a release is written in. The catalogue, the date and list rules and the starter
// templates are keyed by these; adding a language means adding it here and to each table (the
// type checker lists every place).
export const pressLangs = ['id', 'en'] as const
export type PressLang = (typeof pressLangs)[number]

export function isPressLang(value: unknown): value is PressLang {
  return value === 'id' || value === 'en'
}

/** BCP 47 locale used for collation and number formatting in a release language. */
export const pressLocale: Record<PressLang, string> = { id: 'id-ID', en: 'en-GB' }
