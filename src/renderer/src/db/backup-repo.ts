import Dexie, { type IndexableTypeArrayReadonly, type Table } from 'dexie'
import type { TableDump } from '../../../shared/backup/format'
import { createBundleRepo } from './bundle-repo'
import { SekretariatDb } from './database'
import { schemaVersions, type SchemaVersion } from './schema'
import { sealPlaintextSecrets } from './secrets-sweep'
import { assertWritable, type Store } from './store'
import type { Participant } from '../../../shared/registry/model'
import { holdsPassportData, withoutPassportData } from '../../../shared/backup/passport-purge'

// Whole-database snapshots and restores, generic over the declared schema: a table another
// feature adds is backed up and restored without a change here.

export interface Progress {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

/** Written into settings by a restore, in the same transaction, so the app can offer undo. */
export const LAST_RESTORE_KEY = 'backups.lastRestore'
export interface LastRestore {
  at: string
  /** When the restored backup was made. */
  backupCreatedAt: string
  /** The backup made just before, which undoes the restore. */
  undoBackup: string | null
}

export type RestoreErrorCode = 'unknown_schema' | 'damaged' | 'cancelled'
export class RestoreError extends Error {
  constructor(readonly code: RestoreErrorCode) {
    super(code)
    this.name = 'RestoreError'
  }
}

const CHUNK = 500

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RestoreError('cancelled')
}

function keyPathOf(table: Table): string | string[] | null {
  const keyPath = table.schema.primKey.keyPath
  return keyPath === undefined || keyPath === '' ? null : (keyPath ?? null)
}

/** Reads every table of `db` in one read transaction: a consistent snapshot. */
export async function snapshotDatabase(db: Dexie, options: Progress = {}): Promise<TableDump[]> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name))
  return db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()))
    const total = counts.reduce((a, b) => a + b, 0)
    let done = 0
    const dumps: TableDump[] = []
    for (const table of tables) {
      throwIfCancelled(options.signal)
      const keyPath = keyPathOf(table)
      const rows = await table.toArray()
      const dump: TableDump = { name: table.name, keyPath, rows }
      if (keyPath === null) dump.keys = await table.toCollection().primaryKeys()
      dumps.push(dump)
      done += rows.length
      options.onProgress?.(done, total)
    }
    return dumps
  })
}

/** Records per table now, for the manifest and the restore preview. */
export async function countTables(db: Dexie): Promise<Record<string, number>> {
  return db.transaction('r', db.tables, async () => {
    const entries = await Promise.all(
      db.tables.map(async (t) => [t.name, await t.count()] as const),
    )
    return Object.fromEntries(entries)
  })
}

/** The schema as it stood at `version`: every version up to it, or null when never declared. */
export function versionsUpTo(version: number): SchemaVersion[] | null {
  if (!schemaVersions.some((v) => v.version === version)) return null
  return schemaVersions.filter((v) => v.version <= version)
}

function checkAgainstSchema(db: Dexie, tables: readonly TableDump[]): void {
  const declared = new Map(db.tables.map((t) => [t.name, t]))
  for (const dump of tables) {
    const table = declared.get(dump.name)
    if (!table) throw new RestoreError('damaged')
    if (JSON.stringify(keyPathOf(table)) !== JSON.stringify(dump.keyPath))
      throw new RestoreError('damaged')
    if (dump.keyPath !== null && dump.rows.some((r) => !r || typeof r !== 'object'))
      throw new RestoreError('damaged')
  }
}

const STAGING_PREFIX = 'sekretariat-staging-'

/**
 * Brings tables from an older schema to the latest by the app's own upgrade path: they are
 * written into a scratch database at their version, which is then opened at the latest version
 * so Dexie runs the very migrations a real upgrade runs; the result is read back out.
 */
export async function upgradeTables(
  tables: readonly TableDump[],
  fromVersion: number,
  signal?: AbortSignal,
): Promise<TableDump[]> {
  const old = versionsUpTo(fromVersion)
  if (!old) throw new RestoreError('unknown_schema')
  await removeStaleStaging()
  const name = `${STAGING_PREFIX}${crypto.randomUUID()}`
  try {
    const staging = new SekretariatDb(name, old)
    await staging.open()
    try {
      checkAgainstSchema(staging, tables)
      await writeAll(staging, tables, { signal })
    } finally {
      staging.close()
    }
    throwIfCancelled(signal)
    const upgraded = new SekretariatDb(name, schemaVersions)
    await upgraded.open()
    try {
      return await snapshotDatabase(upgraded, { signal })
    } finally {
      upgraded.close()
    }
  } finally {
    await Dexie.delete(name)
  }
}

/** A scratch database left by a restore that was cut off (the browser killed) is removed. */
async function removeStaleStaging(): Promise<void> {
  const names = await Dexie.getDatabaseNames()
  for (const name of names) if (name.startsWith(STAGING_PREFIX)) await Dexie.delete(name)
}

/** Clears every table of `db` and writes `tables` into it; call inside one transaction. */
async function writeAll(db: Dexie, tables: readonly TableDump[], options: Progress): Promise<void> {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const total = tables.reduce((n, t) => n + t.rows.length, 0)
  let done = 0
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      throwIfCancelled(options.signal)
      await table.clear()
      const dump = byName.get(table.name)
      if (!dump) continue
      for (let i = 0; i < dump.rows.length; i += CHUNK) {
        throwIfCancelled(options.signal)
        const rows = dump.rows.slice(i, i + CHUNK)
        if (dump.keys)
          await table.bulkAdd(rows, dump.keys.slice(i, i + CHUNK) as IndexableTypeArrayReadonly)
        else await table.bulkAdd(rows)
        done += rows.length
        options.onProgress?.(done, total)
      }
    }
  })
}

export function createBackupRepo(store: Store) {
  const { db } = store
  return {
    /** Event bundles: one event out, a planned import in. */
    bundles: createBundleRepo(store),
    snapshot: (options?: Progress) => snapshotDatabase(db, options),
    /** The schema version of the data as opened (a newer one when opened read-only). */
    schemaVersion: () => db.verno,
    counts: () => countTables(db),
    /** The end of the change log: with the counts, tells whether anything changed. */
    async lastChangeSeq(): Promise<number> {
      return ((await db.changeLog.orderBy('seq').lastKey()) as number | undefined) ?? 0
    },
    /**
     * Replaces everything with the backup's tables in ONE transaction: all of it or, when the
     * browser dies, is cancelled or refuses, none of it. Older schemas are upgraded first.
     */
    async restore(
      tables: readonly TableDump[],
      fromVersion: number,
      marker: LastRestore,
      options: Progress = {},
    ): Promise<void> {
      assertWritable(store)
      const current = fromVersion === db.verno
      const ready = current ? tables : await upgradeTables(tables, fromVersion, options.signal)
      if (current) checkAgainstSchema(db, ready)
      const withMarker = ready.map((t) =>
        t.name === 'settings'
          ? {
              ...t,
              rows: [
                ...t.rows.filter((r) => (r as { key?: unknown }).key !== LAST_RESTORE_KEY),
                { key: LAST_RESTORE_KEY, value: marker },
              ],
            }
          : t,
      )
      if (!withMarker.some((t) => t.name === 'settings'))
        withMarker.push({
          name: 'settings',
          keyPath: 'key',
          rows: [{ key: LAST_RESTORE_KEY, value: marker }],
        })
      await writeAll(db, withMarker, options)
    },
    /**
     * Removes passport numbers and expiry dates from these participants of one event, in one
     * transaction, logging each (redacted). Returns how many were changed.
     */
    async purgePassportData(eventId: string, participantIds: readonly string[]): Promise<number> {
      assertWritable(store)
      return db.transaction('rw', db.participants, db.changeLog, async () => {
        const at = store.now().toISOString()
        const rows = (await db.participants.bulkGet([...participantIds])).filter(
          (p): p is Participant => !!p && p.eventId === eventId && holdsPassportData(p),
        )
        const after = rows.map((p) => ({
          ...p,
          documents: withoutPassportData(p.documents),
          updatedAt: at,
        }))
        await db.participants.bulkPut(after)
        await db.changeLog.bulkAdd(
          after.map((p) => ({
            at,
            actor: store.actor(),
            entity: 'participant',
            entityId: p.id,
            eventId,
            action: 'update' as const,
            // The purged values themselves never go into the history.
            changes: [{ field: 'documents.passport', from: '••••', to: '' }],
          })),
        )
        return after.length
      })
    },
    /** Seals passport numbers (and other declared secrets) still stored in plain text. */
    sealPlaintextSecrets: () => (store.readOnly ? Promise.resolve(0) : sealPlaintextSecrets(db)),
    /** Calls `listener` after every committed write to this database (this window or another). */
    onDataChanged(listener: () => void): () => void {
      const prefix = `idb://${db.name}/`
      const handler = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener()
      }
      Dexie.on('storagemutated', handler)
      return () => Dexie.on('storagemutated').unsubscribe(handler)
    },
    async lastRestore(): Promise<LastRestore | undefined> {
      const value = (await db.settings.get(LAST_RESTORE_KEY))?.value as LastRestore | undefined
      return value && typeof value.at === 'string' ? value : undefined
    },
    async forgetLastRestore(): Promise<void> {
      assertWritable(store)
      await db.settings.delete(LAST_RESTORE_KEY)
    },
  }
}

export type BackupRepo = ReturnType<typeof createBackupRepo>
