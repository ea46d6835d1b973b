import type { Table } from 'dexie'
import {
  canonical,
  keyOf,
  NOT_IN_BUNDLES,
  withholdSecrets,
  type PlannedRecord,
} from '../../../shared/backup/bundle'
import type { TableDump } from '../../../shared/backup/format'
import { mapSealed, WITHHELD } from '../../../shared/backup/sealed'
import type { ChangeLogRecord } from './database'
import { SEALED_FIELDS } from './secrets-sweep'
import { openSecretOrKeep, sealSecret } from './secrets'
import { assertWritable, diffFields, type Store } from './store'

// Reading one event out of the database for a bundle, and writing a planned bundle import in.

type Row = Record<string, unknown>

function inboundKeyPath(table: Table): string | string[] | null {
  const keyPath = table.schema.primKey.keyPath
  return keyPath === undefined || keyPath === '' || keyPath === null ? null : keyPath
}

/** Tables whose records belong to one event: found by an eventId index or keyed by eventId. */
function eventTables(tables: readonly Table[]): Table[] {
  return tables.filter((t) => {
    if (NOT_IN_BUNDLES.has(t.name) || t.name === 'contacts' || !inboundKeyPath(t)) return false
    return (
      t.name === 'events' || t.schema.primKey.keyPath === 'eventId' || !!t.schema.idxByName.eventId
    )
  })
}

const ENTITY: Readonly<Record<string, string>> = {
  events: 'event',
  participants: 'participant',
  contacts: 'contact',
  delegations: 'delegation',
  sessions: 'session',
  rooms: 'room',
}

export function createBundleRepo(store: Store) {
  const { db } = store

  /** The event, everything filed under it, and the contacts of its participants: one read. */
  async function snapshotEvent(eventId: string, includeSecrets: boolean): Promise<TableDump[]> {
    const tables = eventTables(db.tables)
    const raw = await db.transaction('r', [...tables, db.contacts], async () => {
      const dumps: TableDump[] = []
      for (const table of tables) {
        const byKey = table.name === 'events' || table.schema.primKey.keyPath === 'eventId'
        const rows = byKey
          ? [await table.get(eventId)].filter((r) => r !== undefined)
          : await table.where('eventId').equals(eventId).toArray()
        dumps.push({ name: table.name, keyPath: inboundKeyPath(table), rows })
      }
      const participants = dumps.find((d) => d.name === 'participants')?.rows ?? []
      const contactIds = [...new Set(participants.map((p) => String((p as Row).contactId)))]
      const contacts = (await db.contacts.bulkGet(contactIds)).filter((c) => c !== undefined)
      dumps.push({ name: 'contacts', keyPath: 'id', rows: contacts })
      return dumps
    })
    return Promise.all(
      raw.map(async (dump) => ({
        ...dump,
        rows: await Promise.all(
          dump.rows.map((row) =>
            includeSecrets
              ? mapSealed(row, async (sealed) => {
                  const open = await openSecretOrKeep(sealed)
                  return open === sealed ? WITHHELD : open
                })
              : Promise.resolve(withholdSecrets(dump.name, row)),
          ),
        ),
      })),
    )
  }

  /** This laptop's copies of a bundle's records, secrets opened, by table and canonical key. */
  async function localCopies(tables: readonly TableDump[]): Promise<Map<string, unknown>> {
    const known = new Map(db.tables.map((t) => [t.name, t]))
    const found = new Map<string, unknown>()
    for (const dump of tables) {
      const table = known.get(dump.name)
      if (!table || dump.keyPath === null) continue
      const keys = dump.rows.map((r) => keyOf(r, dump.keyPath!))
      const rows = await table.bulkGet(keys as never[])
      for (const [i, row] of rows.entries())
        if (row !== undefined)
          found.set(`${dump.name}:${canonical(keys[i])}`, await mapSealed(row, openSecretOrKeep))
    }
    return found
  }

  /** Seals the fields this app stores sealed, in a record arriving with them open. */
  async function sealForStorage(table: string, record: unknown): Promise<Row> {
    let out = record as Row
    for (const path of SEALED_FIELDS[table] ?? []) {
      const [head, ...rest] = path
      if (!head) continue
      if (rest.length === 0 && typeof out[head] === 'string')
        out = { ...out, [head]: await sealSecret(out[head] as string) }
      else if (rest.length === 1 && out[head] && typeof out[head] === 'object') {
        const inner = out[head] as Row
        const field = rest[0]!
        if (typeof inner[field] === 'string')
          out = { ...out, [head]: { ...inner, [field]: await sealSecret(inner[field] as string) } }
      }
    }
    return out
  }

  /**
   * Writes a planned import in ONE transaction: `add` records are created, `replace` records
   * overwrite this laptop's copy (the user chose theirs). Every write is in the change log.
   */
  async function applyBundle(
    eventId: string,
    writes: { add: readonly PlannedRecord[]; replace: readonly PlannedRecord[] },
  ): Promise<void> {
    assertWritable(store)
    const sealed = await Promise.all(
      [
        ...writes.add.map((r) => ({ ...r, kind: 'add' as const })),
        ...writes.replace.map((r) => ({ ...r, kind: 'replace' as const })),
      ].map(async (r) => ({ ...r, record: await sealForStorage(r.table, r.incoming) })),
    )
    const names = [...new Set(sealed.map((r) => r.table))]
    const tables = names.map((n) => db.table(n))
    await db.transaction('rw', [...tables, db.changeLog], async () => {
      const at = store.now().toISOString()
      const log: ChangeLogRecord[] = []
      for (const r of sealed) {
        const table = db.table(r.table)
        const entity = ENTITY[r.table] ?? r.table
        const entityId = typeof r.key === 'string' ? r.key : canonical(r.key)
        if (r.kind === 'add') {
          await table.add(r.record)
          log.push({
            at,
            actor: store.actor(),
            entity,
            entityId,
            eventId,
            action: 'create',
            changes: [],
          })
        } else {
          const before = (await table.get(r.key as never)) as Row | undefined
          await table.put(r.record)
          log.push({
            at,
            actor: store.actor(),
            entity,
            entityId,
            eventId,
            action: 'update',
            changes: before ? diffFields(before, r.record) : [],
          })
        }
      }
      await db.changeLog.bulkAdd(log)
    })
  }

  return { snapshotEvent, localCopies, applyBundle }
}

export type BundleRepo = ReturnType<typeof createBundleRepo>
