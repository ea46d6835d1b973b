import { isLanguage, type Language } from '../../../shared/i18n'
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
  }
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>
