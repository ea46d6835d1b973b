// The exporter and the importer agree: for arbitrary registries, importing an exported file gives
// back every field the importer reads, and no exported cell can run as a formula.
import fc from 'fast-check'
import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { countryName, matchCountry } from '../countries'
import type { EventRecord } from '../events/model'
import { splitHonorific } from '../people/honorifics'
import { parsePhone } from '../people/phones'
import { analyseFile, buildRows, type CandidateRecord, type RowCheckContext } from '../spreadsheet'
import { parseDelimited } from '../spreadsheet/csv'
import { utcToZonedLocal } from '../time/zones'
import { allExportColumns } from './columns'
import type { RegistryFormat } from './formats'
import { exportRegistry } from './registry-export'
import type { ExportPerson } from './registry-table'
import { registryArb } from './test-arbitraries'

const zones = ['Asia/Jakarta', 'Pacific/Rarotonga', 'Pacific/Kiritimati', 'Europe/Paris']

function makeEvent(timeZone: string): EventRecord {
  return {
    id: 'e1',
    nameEn: 'Pacific Digital Diplomacy Workshop',
    nameId: 'Lokakarya Diplomasi Digital Pasifik',
    shortName: 'PDDW 2026',
    kind: 'workshop',
    startDate: '2026-08-01',
    endDate: '2026-08-12',
    timeZone,
    venue: 'Jakarta',
    mode: 'hybrid',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

export const importContext: RowCheckContext = {
  matchCountry,
  parsePhone,
  splitHonorific: (text) => {
    const s = splitHonorific(text)
    return { honorific: s.honorific, name: s.rest }
  },
}

/** Midnight reads back as the bare day, as Excel shows a date with no time. */
const localBack = (instant: string | undefined, zone: string): string | undefined => {
  if (!instant) return undefined
  const local = utcToZonedLocal(instant, zone)
  return local.endsWith('T00:00') ? local.slice(0, 10) : local
}

/** What the importer must read back from one exported participant. */
function expected(person: ExportPerson, zone: string, lang: 'en' | 'id'): Partial<CandidateRecord> {
  const { participant: p, contact: c, delegation: d } = person
  return {
    id: p.id,
    honorific: c.honorific,
    givenName: c.givenName,
    familyName: c.familyName,
    fullName: c.fullName,
    gender: c.gender === 'unspecified' ? undefined : c.gender,
    organisation: c.organisation,
    position: c.position,
    emails: c.emails,
    phones: c.phones,
    whatsapp: [],
    country: !d
      ? undefined
      : d.kind === 'country'
        ? { text: countryName(d.countryCode!, lang), code: d.countryCode! }
        : { text: d.organisationName! },
    nationality: c.nationality,
    role: p.role,
    mode: p.mode,
    status: p.status,
    arrival: localBack(p.arrival, zone),
    departure: localBack(p.departure, zone),
    dietary: p.dietary,
    accessibility: p.accessibility,
    passportNumber: p.documents.passportNumber,
    passportExpiry: p.documents.passportExpiry,
    notes: p.notes,
  }
}

function exportBytes(
  people: ExportPerson[],
  delegations: import('../registry/model').Delegation[],
  format: RegistryFormat,
  lang: 'en' | 'id',
  zone: string,
) {
  const result = exportRegistry({
    people,
    delegations,
    event: makeEvent(zone),
    view: { query: '', filters: {}, sort: { key: 'name', direction: 'asc' } },
    columns: allExportColumns,
    lang,
    format,
    exportedAt: '2026-07-01T03:04:05.000Z',
  })
  if (!result.ok) throw new Error(result.problems.map((p) => p.code).join())
  return result
}

function importBack(bytes: Uint8Array, fileName: string) {
  const analysis = analyseFile(bytes, fileName)
  if (!analysis.ok) throw new Error(analysis.problem.code)
  expect(
    analysis.mapping.filter((m) => m.target !== 'ignore').every((m) => m.confidence === 1),
  ).toBe(true)
  const built = buildRows(
    {
      book: analysis.book,
      sheet: analysis.chosenSheet,
      header: analysis.header!,
      mapping: analysis.mapping,
    },
    importContext,
  )
  if (!built.ok) throw new Error(built.problems.map((p) => p.code).join())
  return built.rows
}

const formats: RegistryFormat[] = ['xlsx', 'csv', 'csv-semicolon']

describe('import(export(registry)) gives the registry back', () => {
  it.each(formats)('%s', (format) => {
    fc.assert(
      fc.property(
        registryArb,
        fc.constantFrom('en' as const, 'id' as const),
        fc.constantFrom(...zones),
        ({ people, delegations }, lang, zone) => {
          const { bytes, fileName } = exportBytes(people, delegations, format, lang, zone)
          const rows = importBack(bytes, fileName)
          expect(rows.map((r) => r.record.id)).toEqual(people.map((p) => p.participant.id))
          for (const [i, row] of rows.entries()) {
            expect(row.importable).toBe(true)
            expect(row.record).toMatchObject(expected(people[i]!, zone, lang))
          }
        },
      ),
      { numRuns: format === 'xlsx' ? 60 : 100 },
    )
  })
})

const TRIGGER = /^[=+\-@\t\r\n]/

describe('no exported cell begins with a formula trigger', () => {
  it('xlsx: every text cell on every sheet', () => {
    fc.assert(
      fc.property(registryArb, ({ people, delegations }) => {
        const { bytes } = exportBytes(people, delegations, 'xlsx', 'en', 'Asia/Jakarta')
        const wb = XLSX.read(bytes, { type: 'array', dense: true })
        for (const name of wb.SheetNames) {
          const data = (wb.Sheets[name]!['!data'] ?? []) as (XLSX.CellObject[] | undefined)[]
          for (const row of data)
            for (const cell of row ?? []) {
              if (cell?.t === 's') expect(TRIGGER.test(String(cell.v))).toBe(false)
              expect(cell?.f).toBeUndefined()
            }
        }
      }),
      { numRuns: 40 },
    )
  })

  it.each(['csv', 'csv-semicolon'] as const)('%s: every field', (format) => {
    fc.assert(
      fc.property(registryArb, ({ people, delegations }) => {
        const { bytes } = exportBytes(people, delegations, format, 'en', 'Asia/Jakarta')
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
        expect(text.startsWith('\uFEFF')).toBe(true)
        const rows = parseDelimited(text.slice(1), format === 'csv' ? ',' : ';').rows
        for (const row of rows) for (const field of row) expect(TRIGGER.test(field)).toBe(false)
      }),
    )
  })
})
