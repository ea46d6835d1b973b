import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { matchCountry } from '../countries'
import { parsePhone } from '../people/phones'
import { analyseFile, buildRows } from '../spreadsheet'
import { makeContact, makeDelegation, makeParticipant } from '../registry/test-records'
import { allExportColumns, exportColumnsForView } from './columns'
import { exportRegistry, type RegistryExportInput } from './registry-export'
import type { ExportPerson } from './registry-table'
import { makeEvent } from './test-event'

const fiji = makeDelegation('d-fj', { countryCode: 'FJ' })
const tonga = makeDelegation('d-to', { countryCode: 'TO' })
const people: ExportPerson[] = [
  {
    participant: makeParticipant('p-1', 'c-1', {
      delegationId: 'd-fj',
      role: 'head',
      status: 'confirmed',
      arrival: '2026-08-01T02:30:00.000Z',
      documents: {
        nominationLetter: true,
        passportNumber: 'FJ123',
        passportExpiry: '2030-01-31',
        visaLetter: 'not_needed',
      },
    }),
    contact: makeContact('c-1', {
      honorific: 'H.E.',
      givenName: 'Jone',
      familyName: 'Vakarau',
      emails: ['jone@govnet.gov.fj'],
      phones: [parsePhone('+679 331 1234', 'FJ')],
    }),
    delegation: fiji,
  },
  {
    participant: makeParticipant('p-2', 'c-2', { delegationId: 'd-to', mode: 'online' }),
    contact: makeContact('c-2', { givenName: 'Sione', familyName: 'Tupou', gender: 'male' }),
    delegation: tonga,
  },
]

const input = (over: Partial<RegistryExportInput> = {}): RegistryExportInput => ({
  people,
  event: makeEvent(),
  delegations: [fiji, tonga],
  view: {
    query: 'pacific',
    filters: { statuses: ['confirmed', 'invited'], delegationIds: ['d-fj'], missing: 'passport' },
    sort: { key: 'delegation', direction: 'desc' },
  },
  columns: exportColumnsForView(['name', 'delegation', 'role', 'phone', 'documents']),
  lang: 'en',
  format: 'xlsx',
  exportedAt: '2026-07-01T03:04:05.000Z',
  ...over,
})

function sheets(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array' })
  return wb.SheetNames.map((name) => ({
    name,
    rows: XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, raw: false }),
  }))
}

describe('exportRegistry', () => {
  it('writes the view: ID first, the visible columns, in the order given', () => {
    const r = exportRegistry(input())
    if (!r.ok) throw new Error('export failed')
    expect(r.fileName).toBe('PDDW-2026-participants-2026-07-01.xlsx')
    const [data] = sheets(r.bytes)
    expect(data!.name).toBe('PDDW 2026')
    expect(data!.rows).toEqual([
      [
        'ID',
        'Honorific',
        'Given name',
        'Family name',
        'Full name',
        'Delegation',
        'Role',
        'Phone',
        'Missing documents',
      ],
      ['p-1', 'H.E.', 'Jone', 'Vakarau', undefined, 'Fiji', 'Head of delegation', "'+679 331 1234"],
      [
        'p-2',
        undefined,
        'Sione',
        'Tupou',
        undefined,
        'Tonga',
        'Delegate',
        undefined,
        'Nomination letter',
      ],
    ])
  })

  it('explains itself on an About sheet: event, time, filters and sort', () => {
    const r = exportRegistry(input())
    if (!r.ok) throw new Error('export failed')
    const about = sheets(r.bytes)[1]!
    expect(about.name).toBe('About (read me)')
    expect(about.rows).toEqual(
      expect.arrayContaining([
        ['Event', 'Pacific Digital Diplomacy Workshop'],
        ['Dates', '1–12 August 2026'],
        ['Exported at', '2026-07-01 10:04 (Asia/Jakarta, UTC+07:00)'],
        ['Participants in this file', '2'],
        ['Search', 'pacific'],
        ['Status filter', 'Confirmed, Invited'],
        ['Delegation filter', 'Fiji'],
        ['Role filter', 'None'],
        ['Missing documents filter', 'Passport details'],
        ['Sorted by', 'Delegation, descending'],
      ]),
    )
  })

  it('writes Indonesian headers and labels that the importer reads back', () => {
    const r = exportRegistry(input({ lang: 'id', columns: allExportColumns }))
    if (!r.ok) throw new Error('export failed')
    expect(r.fileName).toBe('PDDW-2026-peserta-2026-07-01.xlsx')
    const [data, about] = sheets(r.bytes)
    expect(data!.rows[0]!.slice(0, 4)).toEqual(['ID', 'Gelar', 'Nama Depan', 'Nama Belakang'])
    expect(about!.rows).toContainEqual(['Tanggal', '1–12 Agustus 2026'])
    const a = analyseFile(r.bytes, r.fileName)
    if (!a.ok) throw new Error(a.problem.code)
    const built = buildRows(
      { book: a.book, sheet: a.chosenSheet, header: a.header!, mapping: a.mapping },
      { matchCountry, parsePhone },
    )
    if (!built.ok) throw new Error('import failed')
    expect(built.rows[0]!.record).toMatchObject({
      id: 'p-1',
      role: 'head',
      status: 'confirmed',
      country: { code: 'FJ' },
      arrival: '2026-08-01T09:30',
      passportNumber: 'FJ123',
      passportExpiry: '2030-01-31',
      phones: [{ raw: '+679 331 1234', e164: '+6793311234' }],
    })
    expect(built.rows[1]!.record).toMatchObject({ id: 'p-2', mode: 'online', gender: 'male' })
  })

  it('a one-person export is still read from its data sheet, not the About sheet', () => {
    const r = exportRegistry(input({ people: people.slice(1) }))
    if (!r.ok) throw new Error('export failed')
    const a = analyseFile(r.bytes, r.fileName)
    expect(a.ok && a.chosenSheet).toBe(0)
  })

  it('renames a sheet Excel would refuse, and says so', () => {
    const r = exportRegistry(
      input({ event: makeEvent({ shortName: 'PDDW [2026]: Pacific/Indonesia workshop' }) }),
    )
    if (!r.ok) throw new Error('export failed')
    expect(r.notices).toEqual([
      {
        code: 'sheet_name_changed',
        severity: 'notice',
        value: 'PDDW [2026]: Pacific/Indonesia workshop',
        detail: 'PDDW 2026 Pacific Indonesia wor',
      },
    ])
    expect(sheets(r.bytes)[0]!.name).toBe('PDDW 2026 Pacific Indonesia wor')
  })

  it('refuses a cell over 32,767 characters with its row and column, never cutting it', () => {
    const long = {
      ...people[1]!,
      participant: { ...people[1]!.participant, notes: 'x'.repeat(40_000) },
    }
    for (const format of ['xlsx', 'csv'] as const) {
      const r = exportRegistry(
        input({ people: [people[0]!, long], columns: ['id', 'notes'], format }),
      )
      expect(r).toEqual({
        ok: false,
        problems: [
          {
            code: 'cell_too_long',
            severity: 'error',
            row: 3,
            column: 'Notes',
            length: 40_000,
            limit: 32_767,
          },
        ],
      })
    }
  })

  it('refuses more rows than a sheet holds', () => {
    const many = new Array<ExportPerson>(1_048_576).fill(people[1]!)
    const r = exportRegistry(input({ people: many, columns: ['id'] }))
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'too_many_rows', severity: 'error', count: 1_048_577, limit: 1_048_576 }],
    })
  })

  it('writes CSV with a BOM, in both delimiters', () => {
    const comma = exportRegistry(input({ format: 'csv' }))
    const semi = exportRegistry(input({ format: 'csv-semicolon' }))
    if (!comma.ok || !semi.ok) throw new Error('export failed')
    expect(comma.fileName).toBe('PDDW-2026-participants-2026-07-01.csv')
    const text = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)
    expect(text(comma.bytes).split('\r\n')[1]).toBe(
      "p-1,H.E.,Jone,Vakarau,,Fiji,Head of delegation,'+679 331 1234,",
    )
    expect(text(semi.bytes).startsWith('\uFEFFID;Honorific;Given name;')).toBe(true)
  })
})
