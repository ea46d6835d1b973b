import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { planBundleImport } from '../../../shared/backup/bundle'
import { openBackupFile, writeBackupFile, type TableDump } from '../../../shared/backup/format'
import { openDataLayer, type DataLayer } from './index'
import { parsedPerson } from './test-participant'

const person = (given: string, passportNumber = '') =>
  parsedPerson(given, 'Fifita', { passportNumber })
import { LATEST_SCHEMA_VERSION } from './schema'
import { browserDataKey, importDataKey, setDataKeySource } from './secrets'

let n = 0
const laptopKeys = {
  a: () => importDataKey(new Uint8Array(32).fill(1), 'aaaaaaaaaaaaaaaa'),
  b: () => importDataKey(new Uint8Array(32).fill(2), 'bbbbbbbbbbbbbbbb'),
}
const on = (laptop: keyof typeof laptopKeys) => setDataKeySource(laptopKeys[laptop])

async function laptopWithEvent() {
  const layer = await openDataLayer(`bundle-${Date.now()}-${n++}`)
  const event = await layer.repos.events.create({
    nameEn: 'Pacific Workshop',
    kind: 'workshop',
    startDate: '2026-08-01',
    endDate: '2026-08-12',
    timeZone: 'Pacific/Tongatapu',
    mode: 'hybrid',
  })
  return { layer, event }
}

/** Export on one laptop, write and read the file, plan on the other: what the UI does. */
async function handOver(from: DataLayer, to: DataLayer, eventId: string, secrets: boolean) {
  const tables = await from.repos.backups.bundles.snapshotEvent(eventId, secrets)
  const bytes = await writeBackupFile({
    kind: 'event-bundle',
    reason: 'bundle',
    appVersion: '0.1.0',
    schemaVersion: LATEST_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    tables,
    bundle: { eventId, includesSecrets: secrets },
  })
  const opened = await openBackupFile(bytes, {
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    kind: 'event-bundle',
  })
  if (!opened.ok) throw new Error(opened.code)
  const local = await to.repos.backups.bundles.localCopies(opened.tables)
  return {
    bytes,
    tables: opened.tables,
    plan: planBundleImport(opened.tables, (t, id) => local.get(`${t}:${id}`)),
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
const rows = (tables: TableDump[], name: string) => tables.find((t) => t.name === name)?.rows ?? []

describe('event bundles between laptops', () => {
  it('adds an event to another laptop; secrets only when asked for, sealed with its own key', async () => {
    on('a')
    const a = await laptopWithEvent()
    await a.layer.repos.participants.add(a.event.id, person('Tevita', 'TO123456'))
    await a.layer.repos.participants.add(a.event.id, person('Mele'))
    const other = await laptopWithEvent()
    await other.layer.repos.participants.add(other.event.id, person('Elsewhere'))

    const withheld = await handOver(a.layer, a.layer, a.event.id, false)
    expect(text(withheld.bytes)).not.toContain('TO123456')
    expect(text(withheld.bytes)).not.toContain('Elsewhere')
    expect(rows(withheld.tables, 'participants')).toHaveLength(2)
    expect(rows(withheld.tables, 'contacts')).toHaveLength(2)
    expect(rows(withheld.tables, 'changeLog')).toEqual([])

    on('b')
    const b = await openDataLayer(`bundle-b-${Date.now()}-${n++}`)
    const first = await handOver(a.layer, b, a.event.id, false)
    expect(first.plan.conflicts).toEqual([])
    await b.repos.backups.bundles.applyBundle(a.event.id, { add: first.plan.add, replace: [] })
    let there = await b.repos.participants.loadEvent(a.event.id)
    expect(there.participants.map((p) => p.documents.passportNumber).sort()).toEqual(['', ''])
    expect((await b.repos.events.list()).map((e) => e.nameEn)).toEqual(['Pacific Workshop'])

    on('a')
    const withSecrets = await handOver(a.layer, b, a.event.id, true)
    expect(text(withSecrets.bytes)).toContain('TO123456')
    on('b')
    const passport = withSecrets.plan.conflicts.find((c) => c.table === 'participants')!
    expect(passport.fields).toEqual(['documents'])
    await b.repos.backups.bundles.applyBundle(a.event.id, { add: [], replace: [passport] })
    there = await b.repos.participants.loadEvent(a.event.id)
    expect(there.participants.map((p) => p.documents.passportNumber).sort()).toEqual([
      '',
      'TO123456',
    ])
    const stored = JSON.stringify(await b.repos.backups.snapshot())
    expect(stored).not.toContain('TO123456')
    expect(stored).toContain('sealed:v1:bbbbbbbbbbbbbbbb')
  })

  it('never overwrites silently: a record changed on both sides is a conflict until chosen', async () => {
    on('a')
    const a = await laptopWithEvent()
    const { participant } = await a.layer.repos.participants.add(a.event.id, person('Tevita'))
    const b = await openDataLayer(`bundle-b-${Date.now()}-${n++}`)
    const first = await handOver(a.layer, b, a.event.id, false)
    await b.repos.backups.bundles.applyBundle(a.event.id, { add: first.plan.add, replace: [] })

    // Both laptops change the same person.
    await a.layer.repos.participants.update(participant.id, {
      ...person('Tevita'),
      participant: { ...person('Tevita').participant, status: 'confirmed' },
    })
    await b.repos.participants.update(participant.id, {
      ...person('Tevita'),
      participant: { ...person('Tevita').participant, dietary: 'Halal' },
    })

    const second = await handOver(a.layer, b, a.event.id, false)
    expect(second.plan.add).toEqual([])
    const conflict = second.plan.conflicts.find((c) => c.table === 'participants')!
    expect(conflict.fields).toEqual(['dietary', 'status', 'updatedAt'])
    // Nothing chosen: nothing replaced.
    await b.repos.backups.bundles.applyBundle(a.event.id, { add: second.plan.add, replace: [] })
    let mine = (await b.repos.participants.loadEvent(a.event.id)).participants[0]!
    expect([mine.status, mine.dietary]).toEqual(['invited', 'Halal'])
    // Theirs chosen: replaced, and the change log says so.
    await b.repos.backups.bundles.applyBundle(a.event.id, { add: [], replace: [conflict] })
    mine = (await b.repos.participants.loadEvent(a.event.id)).participants[0]!
    expect([mine.status, mine.dietary]).toEqual(['confirmed', ''])
    const history = await b.repos.participants.history(participant.id)
    expect(history[0]?.changes.map((c) => c.field).sort()).toEqual(['dietary', 'status'])
    setDataKeySource(browserDataKey)
  })
})
