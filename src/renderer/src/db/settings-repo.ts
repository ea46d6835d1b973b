import { nameOverridesSchema, type NameOverrides } from '../../../shared/countries/country-names'
import { isLanguage, type Language } from '../../../shared/i18n'
import {
  protocolOrderChoiceSchema,
  type ProtocolOrderChoice,
} from '../../../shared/registry/views/protocol-choice'
import { assertWritable, type Store } from './store'

// Settings are small typed values in one key/value table; unknown or malformed stored values
// fall back to defaults instead of breaking the app.
export function createSettingsRepo(store: Store) {
  const { db } = store

  async function read(key: string): Promise<unknown> {
    return (await db.settings.get(key))?.value
  }

  async function write(key: string, value: unknown): Promise<void> {
    assertWritable(store)
    await db.settings.put({ key, value })
  }

  return {
    async language(): Promise<Language | undefined> {
      const value = await read('language')
      return isLanguage(value) ? value : undefined
    },
    setLanguage: (lang: Language) => write('language', lang),
    async lastEventId(): Promise<string | undefined> {
      const value = await read('lastEventId')
      return typeof value === 'string' ? value : undefined
    },
    setLastEventId: (id: string | null) => write('lastEventId', id ?? undefined),
    /** Official country names staff set per language; a malformed stored value reads as none. */
    async countryNames(): Promise<NameOverrides> {
      const parsed = nameOverridesSchema.safeParse(await read('countryNames'))
      return parsed.success ? parsed.data : {}
    },
    /** Registry columns the user chose; unknown ids are dropped, so old settings never break. */
    async registryColumns(isKnown: (id: unknown) => boolean): Promise<string[] | undefined> {
      const value = await read('registryColumns')
      return Array.isArray(value) ? value.filter(isKnown) : undefined
    },
    setRegistryColumns: (ids: readonly string[]) => write('registryColumns', [...ids]),
    setCountryNames: (overrides: NameOverrides) =>
      write('countryNames', nameOverridesSchema.parse(overrides)),
    /** The protocol order chosen for one event (with the country drawn by lot, if any). */
    async protocolOrder(eventId: string): Promise<ProtocolOrderChoice | undefined> {
      const parsed = protocolOrderChoiceSchema.safeParse(await read(`protocolOrder:${eventId}`))
      return parsed.success ? parsed.data : undefined
    },
    setProtocolOrder: (eventId: string, choice: ProtocolOrderChoice) =>
      write(`protocolOrder:${eventId}`, protocolOrderChoiceSchema.parse(choice)),
  }
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>
