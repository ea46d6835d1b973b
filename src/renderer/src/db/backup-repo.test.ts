import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openBackupFile, writeBackupFile, type TableDump } from '../../../shared/backup/format'
import { storedValue } from '../../../shared/backup/test-values'
import { LAST_RESTORE_KEY, RestoreError, snapshotDatabase, type LastRestore } from './backup-repo'
import { openDataLayer, type DataLayer } from './index'
import { LATEST_SCHEMA_VERSION, schemaVersions } from './schema'

let n = 0
const fresh = () => openDataLayer(`backup-${Date.now()}-${n++}`)
const marker: LastRestore = {
  at: '2026-08-02T00:00:00.000Z',
  backupCreatedAt: 'x',
  undoBackup: null,
}

async function fileOf(layer: DataLayer, schemaVersion = LATEST_SCHEMA_VERSION) {
  return writeBackupFile({
    kind: 'backup',
    reason: 'manual',
    appVersion: '0.1.0',
    schemaVersion,
    createdAt: '2026-08-01T10:00:00.000Z',
    tables: await layer.repos.backups.snapshot(),
  })
}

async function openFile(bytes: Uint8Array) {
  const opened = await openBackupFile(bytes, {
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    kind: 'backup',
  })
  if (!opened.ok) throw new Error(opened.code)
  return opened
}

const withoutMarker = (tables: TableDump[]) =>
  tables.map((t) =>
    t.name === 'settings'
      ? { ...t, rows: t.rows.filter((r) => (r as { key: string }).key !== LAST_RESTORE_KEY) }
      : t,
  )

/** Random records for every table of the real schema, keyed the way each table is. */
const databaseContents = fc.record({
  events: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 5 }),
  contacts: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 5 }),
  fields: fc.array(
    fc.dictionary(fc.string({ maxLength: 6 }), storedValue.value, {
      maxKeys: 4,
      noNullPrototype: true,
    }),
    { minLength: 10, maxLength: 10 },
  ),
  log: fc.integer({ min: 0, max: 5 }),
})

type Contents = typeof databaseContents extends fc.Arbitrary<infer T> ? T : never

async function seeded(c: Contents): Promise<DataLayer> {
  const name = `backup-seeded-${Date.now()}-${n++}`
  const dexie = new Dexie(name)
  for (const v of schemaVersions) dexie.version(v.version).stores(v.stores)
  await dexie.open()
  const field = (i: number) => c.fields[i % c.fields.length] ?? {}
  await dexie
    .table('events')
    .bulkAdd(c.events.map((id, i) => ({ ...field(i), id, at: new Date(i) })))
  await dexie.table('contacts').bulkAdd(
    c.contacts.map((id, i) => ({
      ...field(i + 3),
      id,
      emails: [`${id}@x.org`],
      photo: new Uint8Array([i, 255]),
    })),
  )
  for (let i = 0; i < c.log; i++)
    await dexie.table('changeLog').add({ ...field(i + 5), at: `t${i}` })
  await dexie.table('settings').put({ key: 'language', value: 'id' })
  dexie.close()
  return openDataLayer(name)
}

describe('backup and restore', () => {
  it('restores exactly what was backed up, dates and binary included (property)', async () => {
    await fc.assert(
      fc.asyncProperty(databaseContents, async (contents) => {
        const source = await seeded(contents)
        const before = await source.repos.backups.snapshot()
        const file = await openFile(await fileOf(source))

        const target = await fresh()
        await target.repos.events.create({
          nameEn: 'Something else',
          kind: 'meeting',
          startDate: '2026-01-01',
          endDate: '2026-01-01',
          timeZone: 'UTC',
          mode: 'online',
        })
        await target.repos.backups.restore(file.tables, file.header.schemaVersion, marker)
        const after = await target.repos.backups.snapshot()
        expect(withoutMarker(after)).toStrictEqual(before)
        expect(await target.repos.backups.lastRestore()).toEqual(marker)
      }),
      { numRuns: 25 },
    )
  })

  it('keeps counting change-log numbers after the restored ones', async () => {
    const source = await fresh()
    const event = await source.repos.events.create({
      nameEn: 'Workshop',
      kind: 'workshop',
      startDate: '2026-08-01',
      endDate: '2026-08-12',
      timeZone: 'Asia/Jakarta',
      mode: 'hybrid',
    })
    const file = await openFile(await fileOf(source))
    const target = await fresh()
    await target.repos.backups.restore(file.tables, file.header.schemaVersion, marker)
    await target.repos.events.update(event.id, { ...event, venue: 'Bali' })
    const seqs = (await target.repos.backups.snapshot()).find((t) => t.name === 'changeLog')!.rows
    expect(seqs.map((r) => (r as { seq: number }).seq)).toEqual([1, 2])
  })

  it('carries the user’s press templates through a backup and restore', async () => {
    const source = await fresh()
    const template = await source.repos.pressTemplates.create({
      name: 'Briefing',
      kind: 'social',
      texts: { id: '{{event.name}} <script>x</script>', en: '{{event.name}} $&' },
    })
    const file = await openFile(await fileOf(source))
    expect(file.tables.find((t) => t.name === 'pressTemplates')?.rows).toEqual([template])
    const target = await fresh()
    await target.repos.backups.restore(file.tables, file.header.schemaVersion, marker)
    expect(await target.repos.pressTemplates.list()).toEqual({
      templates: [template],
      unreadable: 0,
    })
  })

  it('changes nothing when cancelled or when a record is refused half-way', async () => {
    const target = await fresh()
    await target.repos.settings.setLanguage('en')
    const before = await target.repos.backups.snapshot()
    const rows = Array.from({ length: 1200 }, (_, i) => ({ id: `c${i}`, emails: [], nameKey: 'x' }))
    const tables: TableDump[] = [{ name: 'contacts', keyPath: 'id', rows }]

    const controller = new AbortController()
    const cancelled = target.repos.backups.restore(tables, LATEST_SCHEMA_VERSION, marker, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 500) controller.abort()
      },
    })
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })
    expect(await target.repos.backups.snapshot()).toStrictEqual(before)

    // The same id twice: the second chunk fails inside the transaction; the first is undone.
    const duplicate: TableDump[] = [{ name: 'contacts', keyPath: 'id', rows: [...rows, rows[0]] }]
    await expect(
      target.repos.backups.restore(duplicate, LATEST_SCHEMA_VERSION, marker),
    ).rejects.toThrow()
    expect(await target.repos.backups.snapshot()).toStrictEqual(before)
  })

  it('refuses tables the schema does not have, or keyed differently', async () => {
    const target = await fresh()
    const restore = (tables: TableDump[]) =>
      target.repos.backups.restore(tables, LATEST_SCHEMA_VERSION, marker)
    await expect(restore([{ name: 'secrets', keyPath: 'id', rows: [] }])).rejects.toBeInstanceOf(
      RestoreError,
    )
    await expect(restore([{ name: 'events', keyPath: 'key', rows: [] }])).rejects.toMatchObject({
      code: 'damaged',
    })
    await expect(
      restore([{ name: 'events', keyPath: 'id', rows: ['text'] }]),
    ).rejects.toMatchObject({ code: 'damaged' })
    await expect(target.repos.backups.restore([], 3.5, marker)).rejects.toMatchObject({
      code: 'unknown_schema',
    })
  })

  it('upgrades a backup from schema version 1 through the real migrations', async () => {
    const v1 = [
      {
        name: 'contacts',
        keyPath: 'id',
        rows: [
          {
            id: 'c1',
            givenName: 'Fiamē',
            familyName: 'Naomi Mataʻafa',
            emails: ['pm@samoa.ws'],
            extra: 42,
          },
        ],
      },
      { name: 'events', keyPath: 'id', rows: [{ id: 'e1', nameEn: 'Workshop' }] },
    ]
    const target = await fresh()
    await target.repos.backups.restore(v1, 1, marker)
    const contacts = await target.repos.contacts.list()
    expect(contacts).toEqual([
      expect.objectContaining({ id: 'c1', nameKey: 'fiame mataafa naomi', extra: 42 }),
    ])
    expect(await target.repos.contacts.findByEmail('pm@samoa.ws')).toMatchObject({ id: 'c1' })
    expect(
      (await Dexie.getDatabaseNames()).filter((d) => d.startsWith('sekretariat-staging-')),
    ).toEqual([])
  })

  it('hands the data as stored to a backup before a schema upgrade, and does not upgrade when it fails', async () => {
    const name = `upgrade-${Date.now()}-${n++}`
    const v1 = new Dexie(name)
    v1.version(1).stores(schemaVersions[0]!.stores)
    await v1.open()
    await v1.table('contacts').add({ id: 'c1', givenName: 'Litia', familyName: 'Vula', emails: [] })
    v1.close()

    await expect(
      openDataLayer(name, {
        beforeUpgrade: async () => {
          throw new Error('disk full')
        },
      }),
    ).rejects.toThrow('disk full')
    const untouched = new Dexie(name)
    await untouched.open()
    expect(untouched.verno).toBe(1)
    untouched.close()

    let seen: { version: number; tables: TableDump[] } | undefined
    const layer = await openDataLayer(name, {
      beforeUpgrade: async (stored) => {
        seen = { version: stored.verno, tables: await snapshotDatabase(stored) }
      },
    })
    expect(seen?.version).toBe(1)
    expect(seen?.tables.find((t) => t.name === 'contacts')?.rows).toEqual([
      { id: 'c1', givenName: 'Litia', familyName: 'Vula', emails: [] },
    ])
    expect((await layer.repos.contacts.list())[0]?.nameKey).toBe('litia vula')
    // Opening again at the latest version needs no backup.
    let again = false
    await openDataLayer(name, { beforeUpgrade: async () => void (again = true) })
    expect(again).toBe(false)
  })
})
