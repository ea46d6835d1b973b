import Dexie, { type Table } from 'dexie'
import type { EventRecord } from '../../../shared/events/model'
import type { Delegation, Participant } from '../../../shared/registry/model'
import type { StoredContact } from './registry-types'
import { DATABASE_NAME, LATEST_SCHEMA_VERSION, schemaVersions, type SchemaVersion } from './schema'

export interface SettingRecord {
  key: string
  value: unknown
}

export interface ChangeLogRecord {
  seq?: number
  at: string
  actor: string
  entity: string
  entityId: string
  eventId?: string
  action: 'create' | 'update' | 'delete' | 'archive' | 'restore' | 'merge'
  changes: { field: string; from: unknown; to: unknown }[]
  batchId?: string
}

export class SekretariatDb extends Dexie {
  declare events: Table<EventRecord, string>
  declare settings: Table<SettingRecord, string>
  declare changeLog: Table<ChangeLogRecord, number>
  declare contacts: Table<StoredContact, string>
  declare participants: Table<Participant, string>
  declare delegations: Table<Delegation, string>

  constructor(name: string, versions: readonly SchemaVersion[] | null) {
    // Strict durability: a committed transaction is on disk, so closing the laptop lid right
    // after "Saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' })
    for (const v of versions ?? []) {
      const declared = this.version(v.version).stores(v.stores)
      if (v.upgrade) declared.upgrade(v.upgrade)
    }
  }

  /** Opened without declared versions, Dexie does not set the table properties; do it here. */
  exposeStoredTables(): void {
    for (const table of this.tables) {
      Object.defineProperty(this, table.name, { value: table, configurable: true })
    }
  }
}

export interface OpenHooks {
  /** Runs on the data as stored, before a schema upgrade changes it (e.g. to back it up). */
  beforeUpgrade?: (stored: SekretariatDb) => Promise<void>
}

export type OpenResult =
  | { status: 'ready'; db: SekretariatDb; readOnly: false }
  | { status: 'newer'; db: SekretariatDb; readOnly: true; storedVersion: number }

/**
 * Opens the database at the latest schema. When the stored schema is newer than this code
 * (a colleague's newer app, a downgrade), it opens the data as it is, read-only, instead of
 * failing or touching anything.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
  versions: readonly SchemaVersion[] = schemaVersions,
  hooks: OpenHooks = {},
): Promise<OpenResult> {
  const latest = versions[versions.length - 1]?.version ?? 0
  // Look before opening: Dexie 4 would otherwise open a newer database anyway and even add
  // missing tables to it. Opening without declared versions reads the schema as it is.
  if (await Dexie.exists(name)) {
    const probe = new SekretariatDb(name, null)
    await probe.open()
    probe.exposeStoredTables()
    if (probe.verno > latest) {
      return { status: 'newer', db: probe, readOnly: true, storedVersion: probe.verno }
    }
    try {
      if (probe.verno < latest && hooks.beforeUpgrade) await hooks.beforeUpgrade(probe)
    } finally {
      probe.close()
    }
  }
  const db = new SekretariatDb(name, versions)
  await db.open()
  return { status: 'ready', db, readOnly: false }
}

export { LATEST_SCHEMA_VERSION }
