import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { isSealed } from '../../../shared/backup/sealed'
import type { Participant } from '../../../shared/registry/model'
import { browserDataKey, setDataKeySource } from './secrets'
import { openWithWorkshop } from './test-event'
import { applyPlan, csvBytes, planFile } from './test-import'

const CANARY = 'CANARY-Q4471902'

async function setup() {
  setDataKeySource(browserDataKey)
  const layer = await openWithWorkshop('import-secrets')
  const db = new Dexie(layer.name)
  await db.open()
  return { ...layer, db }
}
type Layer = Awaited<ReturnType<typeof setup>>

async function importCsv(layer: Layer, lines: string[]) {
  const { plan } = await planFile(layer.repos, layer.eventId, csvBytes(lines), 'p.csv')
  return applyPlan(layer.repos, layer.eventId, plan)
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
