import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { decideAll, writeRows } from '../../../shared/import-plan/plan'
import type { Decision } from '../../../shared/import-plan/types'
import type { ParsedParticipant } from '../../../shared/registry/participant-input'
import { openDatabase } from './database'
import { ImportCancelledError } from './import-repo'
import { openWithWorkshop } from './test-event'
import { applyPlan, csvBytes, planFile } from './test-import'
import { schemaVersions } from './schema'

const setup = () => openWithWorkshop('import')

const first = [
  'Name,Email,Phone,Country,Mode,Role',
  'Ana Tuilagi,ana@mfat.gov.ws,+685 21171,Samoa,Online,Head',
  'Sione Fifita,sione@gov.to,,Tonga,In person,Delegate',
  ',nobody@gov.to,,Tonga,,',
]

describe('import repository', () => {
  it('imports new people into delegations, records the batch, and undoes it whole', async () => {
    const { repos, eventId } = await setup()
    const { plan } = await planFile(repos, eventId, csvBytes(first), 'x.csv')
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'error'])
    const progress: number[] = []
    const batch = await repos.imports.apply({
      eventId,
      file: {
        fileName: 'x.csv',
        fileHash: 'h1',
        fileKind: 'text',
        sheetName: 'x',
        headerRow: 1,
        mapping: [],
      },
      rows: writeRows(plan, new Map()),
      leftOut: { errors: 1, skipped: 0 },
      onProgress: (done) => progress.push(done),
    })
    expect(batch.counts).toMatchObject({ rows: 3, created: 2, updated: 0, errors: 1 })
    expect((await repos.imports.listBatches(eventId))[0]).toEqual(batch)
    expect(batch.status).toBe('done')
    expect(progress).toEqual([2])
    const reg = await repos.participants.loadEvent(eventId)
    expect(reg.participants).toHaveLength(2)
    expect(reg.delegations.map((d) => d.countryCode).sort()).toEqual(['TO', 'WS'])
    const ana = [...reg.contacts.values()].find((c) => c.fullName === 'Ana Tuilagi')!
    expect(ana).toMatchObject({ nameKey: 'ana tuilagi', phones: [{ e164: '+68521171' }] })
    const p = reg.participants.find((x) => x.contactId === ana.id)!
    expect(p).toMatchObject({ mode: 'online', role: 'head', status: 'invited' })
    expect(await repos.imports.importsOfFile('h1')).toHaveLength(1)
    expect(await repos.imports.undoPreview(batch.id)).toEqual({
      created: 2,
      updated: 0,
      editedSince: 0,
    })

    expect(await repos.imports.undo(batch.id)).toEqual({ removed: 2, restored: 0, kept: 0 })
    const after = await repos.participants.loadEvent(eventId)
    expect(after.participants).toEqual([])
    expect(after.delegations).toEqual([])
    expect(await repos.contacts.list()).toEqual([])
    expect((await repos.imports.listBatches(eventId))[0]?.undoneAt).toBeDefined()
    await expect(repos.imports.undo(batch.id)).rejects.toThrow(/already undone/)
  })

  it('a second file updates the same people; undo puts them back exactly as they were', async () => {
    const { repos, eventId } = await setup()
    const one = await planFile(repos, eventId, csvBytes(first), 'x.csv')
    await applyPlan(repos, eventId, one.plan)
    const before = await repos.participants.loadEvent(eventId)

    const second = [
      'Name,Email,Phone,Country,Mode,Role',
      'Ana Tuilagi,ana@mfat.gov.ws,+685 26117,Samoa,In person,Head',
      'Sione Fifita,,,Tonga,,',
      'New Person,new@gov.fj,,Fiji,,Head',
    ]
    const two = await planFile(repos, eventId, csvBytes(second), 'y.csv')
    expect(two.plan.rows.map((r) => r.status)).toEqual(['update', 'probable', 'new'])
    expect(two.plan.rows[0]!.targets[0]!.changes).toEqual([
      { field: 'phones', from: '+685 21171', to: '+685 26117' },
      { field: 'mode', from: 'online', to: 'in_person' },
    ])
    const decided = decideAll(two.plan, 'probable', 'update', new Map())
    const batch = await applyPlan(repos, eventId, two.plan, decided)
    expect(batch.counts).toMatchObject({ created: 1, updated: 1, unchanged: 1 })
    const mid = await repos.participants.loadEvent(eventId)
    expect(mid.participants).toHaveLength(3)
    const ana = [...mid.contacts.values()].find((c) => c.fullName === 'Ana Tuilagi')!
    expect(ana.phones[0]?.raw).toBe('+685 26117')

    await repos.imports.undo(batch.id)
    const back = await repos.participants.loadEvent(eventId)
    expect(back.participants.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.participants.sort((a, b) => a.id.localeCompare(b.id)),
    )
    expect([...back.contacts.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...before.contacts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    )
    expect(back.delegations.map((d) => d.countryCode).sort()).toEqual(['TO', 'WS'])
  })

  it('the file’s head of delegation demotes the one before, and undo restores that too', async () => {
    const { repos, eventId } = await setup()
    const added = await repos.participants.add(eventId, hand('Mele', 'TO', 'head'))
    const { plan } = await planFile(repos, eventId, csvBytes(first), 'x.csv')
    const batch = await applyPlan(repos, eventId, plan)
    const mid = await repos.participants.loadEvent(eventId)
    const tonga = mid.participants.filter((p) => p.delegationId === added.participant.delegationId)
    expect(tonga.map((p) => p.role).sort()).toEqual(['delegate', 'head'])
    const sione = tonga.find((p) => p.id !== added.participant.id)!
    expect(sione.role).toBe('delegate') // the file said Delegate: Mele stays head
    const { plan: heads } = await planFile(
      repos,
      eventId,
      csvBytes(['Name,Email,Country,Role', 'Sione Fifita,sione@gov.to,Tonga,Head']),
      'z.csv',
    )
    const b2 = await applyPlan(repos, eventId, heads)
    const now = await repos.participants.loadEvent(eventId)
    expect(now.participants.find((p) => p.id === added.participant.id)?.role).toBe('delegate')
    await repos.imports.undo(b2.id)
    await repos.imports.undo(batch.id)
    const end = await repos.participants.loadEvent(eventId)
    expect(end.participants).toEqual([added.participant])
  })

  it('cancelling rolls everything back', async () => {
    const { repos, eventId } = await setup()
    const { plan } = await planFile(repos, eventId, csvBytes(first), 'x.csv')
    const controller = new AbortController()
    controller.abort()
    await expect(
      applyPlan(repos, eventId, plan, new Map(), controller.signal),
    ).rejects.toBeInstanceOf(ImportCancelledError)
    expect(await repos.contacts.list()).toEqual([])
    expect(await repos.imports.listBatches(eventId)).toEqual([])
  })

  it('a failure after some chunks rolls back what they wrote, batch and log included', async () => {
    const { repos, eventId } = await setup()
    const lines = ['Name,Email,Country']
    for (let i = 0; i < 2_500; i++) lines.push(`Person ${i},p${i}@gov.fj,Fiji`)
    const { plan } = await planFile(repos, eventId, csvBytes(lines), 'big.csv')
    const seen: number[] = []
    await expect(
      repos.imports.apply({
        eventId,
        file: {
          fileName: 'big.csv',
          fileHash: 'h',
          fileKind: 'text',
          sheetName: 'x',
          headerRow: 1,
          mapping: [],
        },
        rows: writeRows(plan, new Map()),
        leftOut: { errors: 0, skipped: 0 },
        onProgress: (done) => {
          seen.push(done)
          if (done === 2_000) throw new Error('disk full')
        },
      }),
    ).rejects.toThrow('disk full')
    expect(seen).toEqual([1_000, 2_000])
    expect(await repos.contacts.list()).toEqual([])
    const reg = await repos.participants.loadEvent(eventId)
    expect([reg.participants, reg.delegations]).toEqual([[], []])
    expect(await repos.imports.listBatches(eventId)).toEqual([])
  })

  it('a person on two rows in different chunks is added once and updated by the second', async () => {
    const { repos, eventId } = await setup()
    const mele = await repos.participants.add(eventId, hand('Mele', 'TO', 'delegate'))
    const other = await repos.events.create({
      nameEn: 'Conference',
      kind: 'conference',
      startDate: '2026-10-01',
      endDate: '2026-10-03',
      timeZone: 'Asia/Makassar',
      mode: 'hybrid',
    })
    const lines = ['Name,Email,Country,Mode', 'Mele Taufa,mele@gov.to,Tonga,Online']
    for (let i = 0; i < 1_100; i++) lines.push(`Person ${i},p${i}@gov.fj,Fiji,`)
    lines.push('Mele Taufa,mele@gov.to,Tonga,In person')
    const { plan } = await planFile(repos, other.id, csvBytes(lines), 'two.csv')
    const last = plan.rows[plan.rows.length - 1]!
    expect(last.status).toBe('duplicate')
    const decisions = new Map<number, Decision>([
      [last.rowNumber, { action: 'update', contactId: mele.participant.contactId }],
    ])
    const batch = await applyPlan(repos, other.id, plan, decisions)
    expect(batch.counts).toMatchObject({ created: 1_100, updated: 2 })
    const reg = await repos.participants.loadEvent(other.id)
    const hers = reg.participants.filter((p) => p.contactId === mele.participant.contactId)
    expect(hers.map((p) => p.mode)).toEqual(['in_person'])
    await repos.imports.undo(batch.id)
    expect((await repos.participants.loadEvent(other.id)).participants).toEqual([])
    expect((await repos.participants.loadEvent(eventId)).participants).toEqual([mele.participant])
  })

  it('warns about edits made since the import, and keeps a contact another event now uses', async () => {
    const { repos, eventId } = await setup()
    const { plan } = await planFile(repos, eventId, csvBytes(first), 'x.csv')
    const batch = await applyPlan(repos, eventId, plan)
    const reg = await repos.participants.loadEvent(eventId)
    const p = reg.participants[0]!
    await repos.participants.bulkUpdate([p.id], { status: 'confirmed' })
    const other = await repos.events.create({
      nameEn: 'Conference',
      kind: 'conference',
      startDate: '2026-10-01',
      endDate: '2026-10-03',
      timeZone: 'Asia/Makassar',
      mode: 'hybrid',
    })
    await repos.contacts.addToEvent([p.contactId], other.id)
    expect((await repos.imports.undoPreview(batch.id)).editedSince).toBe(1)
    expect(await repos.imports.undo(batch.id)).toMatchObject({ removed: 2, kept: 1 })
    expect((await repos.contacts.list()).map((c) => c.id)).toEqual([p.contactId])
  })

  it('finds people by our export’s ID, by email and by name key only', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(eventId, hand('Mele', 'TO', 'delegate'))
    const found = await repos.imports.existingPeople(eventId, {
      ids: [a.participant.id],
      emails: [],
      nameKeys: [],
    })
    expect(found.map((p) => [p.contact.id, p.participant?.id, p.delegationCountry])).toEqual([
      [a.participant.contactId, a.participant.id, 'TO'],
    ])
    const byName = await repos.imports.existingPeople(eventId, {
      ids: [],
      emails: ['nobody@x.org'],
      nameKeys: ['mele taufa'],
    })
    expect(byName.map((p) => p.countries)).toEqual([['TO']])
  })

  it('remembers mappings, newest first, and ignores a tampered setting', async () => {
    const { repos, name } = await setup()
    await repos.imports.rememberMapping({
      signature: 's1',
      targets: [{ header: 'nama', target: 'fullName' }],
    })
    await repos.imports.rememberMapping({ signature: 's2', targets: [] })
    await repos.imports.rememberMapping({ signature: 's1', targets: [] })
    expect((await repos.imports.rememberedMappings()).map((m) => m.signature)).toEqual(['s1', 's2'])
    const raw = await openDatabase(name)
    await raw.db.settings.put({ key: 'import.mappings', value: [{ signature: 1, targets: 'x' }] })
    raw.db.close()
    expect(await repos.imports.rememberedMappings()).toEqual([])
  })
})

describe('schema version 6', () => {
  it('opens a database of the version before with its data, and adds the import journal', async () => {
    const name = `import-schema-${Date.now()}`
    const before = schemaVersions.filter((v) => v.version < 6)
    const old = new Dexie(name)
    for (const v of before) old.version(v.version).stores(v.stores)
    await old.open()
    await old.table('importBatches').add({ id: 'b1', eventId: 'e1', fileHash: 'h', createdAt: 'x' })
    await old.table('contacts').add({ id: 'c1', fullName: 'Ana', emails: [], nameKey: 'ana' })
    old.close()
    const opened = await openDatabase(name)
    expect(opened.readOnly).toBe(false)
    expect(await opened.db.table('importBatches').get('b1')).toMatchObject({ fileHash: 'h' })
    expect(await opened.db.table('contacts').get('c1')).toMatchObject({ fullName: 'Ana' })
    expect(await opened.db.table('importJournal').count()).toBe(0)
    opened.db.close()
  })
})

function hand(given: string, country: string, role: 'head' | 'delegate'): ParsedParticipant {
  return {
    contact: {
      honorific: '',
      givenName: given,
      familyName: 'Taufa',
      fullName: '',
      gender: 'unspecified',
      organisation: '',
      position: '',
      emails: [`${given.toLowerCase()}@gov.to`],
      phones: [],
      notes: '',
    },
    participant: {
      role,
      mode: 'in_person',
      status: 'invited',
      dietary: '',
      accessibility: '',
      tags: [],
      documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
      notes: '',
    },
    delegation: { kind: 'country', countryCode: country },
  }
}
