import { describe, expect, it } from 'vitest'
import { checkRows, type CheckResult } from './check-rows'
import { findHeader } from './find-header'
import { suggestMapping, type ColumnMapping } from './map-columns'
import { readDelimitedText, readWorkbookBytes } from './read-workbook'
import { fixture, stubContext } from './test-fixtures'
import type { CellValue, Problem, SheetGrid } from './types'
import type { RowCheckContext } from './row-record'

const grid = (rows: CellValue[][]): SheetGrid => ({
  name: 'S',
  hidden: false,
  rows,
  merges: [],
  date1904: false,
})
function check(
  g: SheetGrid,
  ctx: RowCheckContext = stubContext,
  mapping?: ColumnMapping[],
): CheckResult {
  const header = findHeader(g)!
  return checkRows(g, header, mapping ?? suggestMapping(header.columns), ctx)
}
const fromCsv = (text: string): SheetGrid => {
  const read = readDelimitedText(text, ',', 'x')
  if (!read.ok) throw new Error()
  return read.book.sheets[0]!
}
const fromXlsx = (name: string): SheetGrid => {
  const read = readWorkbookBytes(fixture(name))
  if (!read.ok) throw new Error()
  return read.book.sheets[0]!
}
const codes = (ps: Problem[]): string[] => ps.map((p) => `${p.code}:${p.field ?? ''}`)

describe('checkRows', () => {
  it('flags duplicates by email (any case) and by name in any order within the same country', () => {
    const read = readDelimitedText(new TextDecoder().decode(fixture('duplicates.csv')), ',', 'd')
    if (!read.ok) throw new Error()
    const result = check(read.book.sheets[0]!)
    const dup = result.rows.map((r) => r.problems.find((p) => p.code === 'duplicate_in_file'))
    expect(dup.map((p) => p && [p.firstRow, p.detail])).toEqual([
      undefined,
      [2, 'name'],
      [2, 'email'],
      undefined,
    ])
    expect(result.rows.every((r) => r.importable)).toBe(true)
  })

  it('keeps formulas, HTML and template syntax as plain text', () => {
    const result = check(fromXlsx('hostile.xlsx'))
    expect(result.rows.map((r) => [r.record.fullName, r.record.notes])).toEqual([
      ['Eve Formula', "=cmd|' /C calc'!A0"],
      ['<img src=x onerror=alert(1)>', '@SUM(1+1)'],
      ['Neutralised', '=1+2'],
    ])
    expect(Object.keys(result.rows[0]!.record)).not.toContain('__proto__')
  })

  it('asks about unsure countries instead of guessing, and names unknown ones', () => {
    const result = check(
      grid([
        ['Name', 'Country'],
        ['A', 'Micronesia'],
        ['B', 'Atlantis'],
        ['C', 'Fiji'],
      ]),
    )
    const [a, b, c] = result.rows
    expect(a!.problems).toEqual([
      {
        code: 'country_unsure',
        severity: 'warning',
        row: 2,
        column: 1,
        field: 'country',
        value: 'Micronesia',
        candidates: [
          { code: 'FM', score: 0.8 },
          { code: 'MH', score: 0.3 },
        ],
      },
    ])
    expect(a!.record.country).toEqual({ text: 'Micronesia' })
    expect(codes(b!.problems)).toEqual(['country_unknown:country'])
    expect(c!.record.country).toEqual({ text: 'Fiji', code: 'FJ' })
  })

  it('parses phones with the row country as default and splits honorifics out of names', () => {
    const result = check(
      grid([
        ['Name', 'Country', 'Phone', 'WhatsApp'],
        ['H.E. Dr Ana Kioa', 'Tonga', '23600', '+676 77 123 45'],
        ['Mr. Jone Waqa', 'Fiji', 'call me', null],
      ]),
    )
    expect(result.rows[0]!.record).toMatchObject({
      honorific: 'H.E. Dr',
      fullName: 'Ana Kioa',
      phones: [{ raw: '23600', e164: '+67623600' }],
      whatsapp: [{ raw: '+676 77 123 45', e164: '+6767712345' }],
    })
    expect(result.rows[1]!.record).toMatchObject({
      honorific: 'Mr.',
      fullName: 'Jone Waqa',
      phones: [{ raw: 'call me' }],
    })
    expect(codes(result.rows[1]!.problems)).toEqual(['phone_invalid:phone'])
  })

  it('uses the default country for a form without a country column', () => {
    const result = check(fromXlsx('samples/nomination_samoa.xlsx'), {
      ...stubContext,
      defaultCountry: 'WS',
    })
    expect(result.rows.map((r) => r.record.country)).toEqual([
      { text: '', code: 'WS' },
      { text: '', code: 'WS' },
    ])
  })

  it('marks phones that Excel stored as numbers', () => {
    const result = check(fromXlsx('phones_as_numbers.xlsx'), {
      ...stubContext,
      parsePhone: (raw) => ({ raw }),
    })
    expect(result.rows[0]!.problems.find((p) => p.field === 'phone')).toMatchObject({
      code: 'phone_invalid',
      value: '6793311234',
      detail: 'was_number',
    })
    expect(result.rows[0]!.record.id).toBe('00123')
  })

  it('requires a name: a row without one is an error, the rest import', () => {
    const result = check(
      grid([
        ['Name', 'Email'],
        ['Ana', 'ana@x.org'],
        [null, 'nobody@x.org'],
      ]),
    )
    expect(result.rows.map((r) => r.importable)).toEqual([true, false])
    expect(result.rows[1]!.problems).toEqual([
      { code: 'name_missing', severity: 'error', row: 3, column: 0, field: 'fullName' },
    ])
  })

  it('skips the empty pre-numbered lines of a form', () => {
    const result = check(grid([['No', 'Name', 'Email'], [1, 'Ana', 'a@x.org'], [2], [3, null, '']]))
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2])
  })

  it('reports invalid emails, unknown enumeration values, dates and text limits per cell', () => {
    const long = 'x'.repeat(501)
    const result = check(
      grid([
        [
          'Name',
          'Email',
          'Gender',
          'Mode',
          'Role',
          'Status',
          'Arrival',
          'Departure',
          'Position',
          'ID',
        ],
        [
          'Ana',
          'ana@x.org; nope@',
          'Z',
          'Hybrid',
          'Ketua Delegasi',
          'Hadir',
          '13/08/2022',
          '12/08/2022',
          long,
          'not an id!',
        ],
      ]),
    )
    const row = result.rows[0]!
    expect(codes(row.problems)).toEqual([
      'email_invalid:email',
      'value_unknown:gender',
      'value_unknown:mode',
      'departure_before_arrival:departure',
      'text_too_long:position',
      'id_invalid:id',
    ])
    expect(row.importable).toBe(false)
    expect(row.record).toMatchObject({
      emails: ['ana@x.org'],
      role: 'head',
      status: 'attended',
      arrival: '2022-08-13',
      departure: '2022-08-12',
    })
    expect(row.record.id).toBeUndefined()
  })

  it('decides the date order once per file and says when it had to assume', () => {
    const ambiguous = check(fromCsv('Name,Arrival\nA,01/08/2022\nB,02/08/2022'))
    expect(ambiguous.problems).toEqual([
      { code: 'date_ambiguous', severity: 'warning', detail: 'dmy' },
    ])
    expect(ambiguous.rows.map((r) => r.record.arrival)).toEqual(['2022-08-01', '2022-08-02'])
    const us = check(fromCsv('Name,Arrival,Departure\nA,08/01/2022,08/13/2022'))
    expect(us.dateOrder).toBe('mdy')
    expect(us.rows[0]!.record).toMatchObject({ arrival: '2022-08-01', departure: '2022-08-13' })
  })

  it('reads 1904 workbooks and mixed date shapes', () => {
    expect(
      check(fromXlsx('dates_1904.xlsx')).rows.map((r) => [
        r.record.arrival,
        r.record.passportExpiry,
      ]),
    ).toEqual([
      ['2022-08-01T14:30', '2027-12-31'],
      ['2022-08-02', '2028-01-15'],
    ])
    const mixed = check(fromXlsx('dates_mixed.xlsx')).rows
    expect(mixed.map((r) => r.record.departure)).toEqual([
      '2022-08-12',
      '2022-10-05',
      '2022-08-12',
      '2022-08-15',
    ])
    expect(mixed[3]!.problems).toEqual([
      expect.objectContaining({
        code: 'date_invalid',
        field: 'passportExpiry',
        value: 'not a date',
      }),
    ])
  })

  it('appends extra columns to the notes as "Header: value"', () => {
    const g = grid([
      ['Name', 'Notes', 'Hotel'],
      ['Ana', 'Late arrival', 'Mulia'],
      ['Jone', '', ''],
    ])
    const header = findHeader(g)!
    const result = checkRows(g, header, suggestMapping(header.columns, 'extra_note'), stubContext)
    expect(result.rows.map((r) => r.record.notes)).toEqual(['Late arrival\nHotel: Mulia', ''])
  })

  it('stops when cancelled', () => {
    const result = check(grid([['Name'], ['Ana']]), { ...stubContext, shouldCancel: () => true })
    expect(result).toMatchObject({ cancelled: true, rows: [] })
  })
})
