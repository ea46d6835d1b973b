import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { lookupKeys } from '../../../shared/import-plan/match'
import { buildPlan, writeRows } from '../../../shared/import-plan/plan'
import { ImportSession } from '../../../shared/import-plan/session'
import { isSealed } from '../../../shared/backup/sealed'
import type { Participant } from '../../../shared/registry/model'
import { openDataLayer } from './index'
import { browserDataKey, setDataKeySource } from './secrets'

const CANARY = 'CANARY-Q4471902'

let n = 0
async function setup() {
  setDataKeySource(browserDataKey)
  const name = `import-secrets-${Date.now()}-${n++}`
  const layer = await openDataLayer(name)
  const db = new Dexie(name)
  await db.open()
  const event = await layer.repos.events.create({
    nameEn: 'Workshop',
    kind: 'workshop',
    startDate: '2026-08-01',
    endDate: '2026-08-12',
    timeZone: 'Asia/Jakarta',
    mode: 'hybrid',
  })
  return { ...layer, db, eventId: event.id }
}
type Layer = Awaited<ReturnType<typeof setup>>

async function importCsv(layer: Layer, lines: string[]) {
  const session = new ImportSession()
  const opened = session.open({
    bytes: new TextEncoder().encode(lines.join('\r\n')),
    fileName: 'p.csv',
  })
  if (!opened.ok) throw new Error(opened.problem.code)
  const built = session.build({
    sheet: opened.view.sheet,
    mapping: opened.view.mapping,
    countryAnswers: [],
    valueOverrides: [],
    edits: [],
  })
  if (!built.ok) throw new Error('build')
  const existing = await layer.repos.imports.existingPeople(
    layer.eventId,
    lookupKeys(built.rows.map((r) => r.record)),
  )
  const plan = buildPlan(built.rows, existing, 'Asia/Jakarta')
  return layer.repos.imports.apply({
    eventId: layer.eventId,
    file: {
      fileName: 'p.csv',
      fileHash: 'h',
      fileKind: 'text',
      sheetName: 'p',
      headerRow: 1,
      mapping: [],
    },
    rows: writeRows(plan, new Map()),
    leftOut: { errors: 0, skipped: 0 },
  })
}

const file = (passport: string) => [
  'Name,Email,Country,Passport number',
  `Mele Taufa,mele@gov.to,Tonga,${passport}`,
]

describe('passport numbers from an import', () => {
  it('are stored sealed, read back open, and an unchanged number is not a change', async () => {
    const layer = await setup()
    const first = await importCsv(layer, file(CANARY))
    expect(first.counts).toMatchObject({ created: 1, errors: 0 })
    const stored = JSON.stringify(await layer.repos.backups.snapshot())
    expect(stored).not.toContain(CANARY)
    const [raw] = await layer.db.table<Participant>('participants').toArray()
    expect(isSealed(raw!.documents.passportNumber)).toBe(true)
    const reg = await layer.repos.participants.loadEvent(layer.eventId)
    expect(reg.participants[0]!.documents.passportNumber).toBe(CANARY)

    const again = await importCsv(layer, file(CANARY))
    expect(again.counts).toMatchObject({ updated: 0, unchanged: 1 })
    const [same] = await layer.db.table<Participant>('participants').toArray()
    expect(same!.documents.passportNumber).toBe(raw!.documents.passportNumber)

    const changed = await importCsv(layer, file('B7654321'))
    expect(changed.counts).toMatchObject({ updated: 1 })
    const everything = JSON.stringify(await layer.repos.backups.snapshot())
    expect(everything).not.toContain('B7654321')
    expect(everything).not.toContain(CANARY)
    const now = await layer.repos.participants.loadEvent(layer.eventId)
    expect(now.participants[0]!.documents.passportNumber).toBe('B7654321')
  })
})
