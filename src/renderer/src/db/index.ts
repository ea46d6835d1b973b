import { openDatabase, type OpenHooks, type OpenResult } from './database'
import { createAgendaRepo } from './agenda-repo'
import { createAttendanceRepo } from './attendance-repo'
import { createBackupRepo } from './backup-repo'
import { createContactsRepo } from './contacts-repo'
import { createEventsRepo } from './events-repo'
import { createImportRepo } from './import-repo'
import { createParticipantsRepo } from './participants-repo'
import { createPressRepo } from './press-repo'
import { createPressTemplateRepo } from './press-template-repo'
import { createSettingsRepo } from './settings-repo'
import { createStore, type Store } from './store'

export { ReadOnlyError } from './store'
export { LATEST_SCHEMA_VERSION } from './database'
export type { EventRegistry, RegistryUndo, StoredContact } from './registry-types'

export function createRepositories(store: Store) {
  return {
    events: createEventsRepo(store),
    settings: createSettingsRepo(store),
    participants: createParticipantsRepo(store),
    contacts: createContactsRepo(store),
    backups: createBackupRepo(store),
    imports: createImportRepo(store),
    press: createPressRepo(store),
    pressTemplates: createPressTemplateRepo(store),
    agenda: createAgendaRepo(store),
    attendance: createAttendanceRepo(store),
  }
}

export type Repositories = ReturnType<typeof createRepositories>

export interface DataLayer {
  repos: Repositories
  readOnly: boolean
  storedVersion?: number
}

export async function openDataLayer(name?: string, hooks?: OpenHooks): Promise<DataLayer> {
  const opened: OpenResult = await openDatabase(name, undefined, hooks)
  const store = createStore(opened.db, opened.readOnly)
  return {
    repos: createRepositories(store),
    readOnly: opened.readOnly,
    ...(opened.status === 'newer' ? { storedVersion: opened.storedVersion } : {}),
  }
}
