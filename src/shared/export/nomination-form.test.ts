import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { matchCountry } from '../countries'
import { parsePhone } from '../people/phones'
import { analyseFile, buildRows } from '../spreadsheet'
import { nominationColumns, nominationForm, wrapWords } from './nomination-form'
import { makeEvent } from './test-event'
import { zipParts } from './test-zip'

const targets = [
  'honorific',
  'givenName',
  'familyName',
  'gender',
  'position',
  'organisation',
  'email',
  'phone',
  'whatsapp',
  'country',
  'nationality',
  'role',
  'mode',
  'arrival',
  'departure',
  'dietary',
  'accessibility',
  'passportNumber',
  'passportExpiry',
  'notes',
]

/** An embassy fills in the form in Excel (values as a person types them) and sends it back. */
function fillIn(bytes: Uint8Array, sheet: string, rows: unknown[][]): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' })
  XLSX.utils.sheet_add_aoa(wb.Sheets[sheet]!, rows, { origin: 'A2' })
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('nomination form', () => {
  it.each([
    ['en', 'Instructions', 'Form', 'Lists', 'Fiji', 'Head of delegation', 'In person', 'Male'],
    ['id', 'Petunjuk', 'Formulir', 'Referensi', 'Fiji', 'Ketua delegasi', 'Luring', 'Laki-laki'],
  ] as const)(
    'in %s: filled in and sent back, it imports with no mapping work',
    (lang, instructions, formSheet, lists, country, head, inPerson, male) => {
      const { bytes, fileName } = nominationForm({ event: makeEvent(), lang, rows: 50 })
      expect(fileName).toBe(
        lang === 'en' ? 'PDDW-2026-nomination-form.xlsx' : 'PDDW-2026-formulir-nominasi.xlsx',
      )
      const wb = XLSX.read(bytes, { type: 'array' })
      expect(wb.SheetNames).toEqual([instructions, formSheet, lists])
      expect(wb.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual([0, 0, 1])

      const filled = fillIn(bytes, formSheet, [
        [
          'H.E.',
          'Jone',
          'Vakarau',
          male,
          'Minister',
          'MFA',
          'jone@govnet.gov.fj',
          '+679 331 1234',
          '',
          country,
          country,
          head,
          inPerson,
          '2026-08-01 09:30',
          '2026-08-12 18:00',
          'Halal',
          '',
          'fj123456',
          '2031-02-28',
          'Arrives with spouse',
        ],
        [
          '',
          'Ana',
          'Rokotuiwai',
          '',
          'Director',
          'MFA',
          'ana@govnet.gov.fj',
          '',
          '+679 999 8888',
          country,
          '',
          'Adviser',
          'Online',
        ],
      ])
      const a = analyseFile(filled, fileName)
      if (!a.ok) throw new Error(a.problem.code)
      expect(a.sheets[a.chosenSheet]!.name).toBe(formSheet)
      expect(a.mapping.map((m) => [m.target, m.confidence])).toEqual(targets.map((t) => [t, 1]))
      const built = buildRows(
        { book: a.book, sheet: a.chosenSheet, header: a.header!, mapping: a.mapping },
        { matchCountry, parsePhone },
      )
      if (!built.ok) throw new Error('import failed')
      expect(built.rows.map((r) => r.importable)).toEqual([true, true])
      expect(built.rows[0]!.record).toMatchObject({
        honorific: 'H.E.',
        gender: 'male',
        country: { code: 'FJ' },
        nationality: 'FJ',
        role: 'head',
        mode: 'in_person',
        arrival: '2026-08-01T09:30',
        passportNumber: 'FJ123456',
        phones: [{ raw: '+679 331 1234', e164: '+6793311234' }],
      })
      expect(built.rows[1]!.record).toMatchObject({ role: 'adviser', mode: 'online' })
    },
  )

  it('offers drop-down lists of countries, modes, roles and genders from the hidden sheet', () => {
    const { bytes } = nominationForm({ event: makeEvent(), lang: 'en', rows: 100 })
    const parts = zipParts(bytes)
    const form = parts.get('xl/worksheets/sheet2.xml')!
    const col = (c: (typeof nominationColumns)[number]) =>
      String.fromCharCode(65 + nominationColumns.indexOf(c))
    const lists = XLSX.read(bytes, { type: 'array' }).Sheets['Lists']!
    const countries = XLSX.utils.sheet_to_json<string[]>(lists, { header: 1 }).length - 1
    expect(countries).toBeGreaterThan(240)
    expect(form).toContain(
      `sqref="${col('delegation')}2:${col('delegation')}101"><formula1>'Lists'!$A$2:$A$${countries + 1}</formula1>`,
    )
    expect(form).toContain(
      `sqref="${col('mode')}2:${col('mode')}101"><formula1>'Lists'!$B$2:$B$3</formula1>`,
    )
    expect(form).toContain(
      `sqref="${col('role')}2:${col('role')}101"><formula1>'Lists'!$C$2:$C$10</formula1>`,
    )
    expect(form).toContain(
      `sqref="${col('gender')}2:${col('gender')}101"><formula1>'Lists'!$D$2:$D$4</formula1>`,
    )
    expect(form).toContain('state="frozen"')
  })

  it('the instructions name the event and its dates', () => {
    const { bytes } = nominationForm({ event: makeEvent(), lang: 'id', rows: 10 })
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['Petunjuk']!
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })
    expect(rows[0]).toEqual(['Formulir nominasi: Lokakarya Diplomasi Digital Pasifik'])
    expect(rows[1]).toEqual(['Tanggal: 1–12 Agustus 2026'])
    expect(rows.some((r) => r[0]?.startsWith('1. Isilah satu baris'))).toBe(true)
    expect(rows.every((r) => (r[0] ?? '').length <= 92)).toBe(true)
  })
})

describe('wrapWords', () => {
  it('breaks at spaces within the width, keeping every word', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapWords('a verylongword b', 4)).toEqual(['a', 'verylongword', 'b'])
    expect(wrapWords('', 10)).toEqual([])
  })
})
