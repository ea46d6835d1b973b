import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { cellText } from './cell-value'
import { readDelimitedText, readWorkbookBytes } from './read-workbook'
import { sniffBytes } from './sniff'
import { fixture } from './test-fixtures'
import { defaultLimits, type WorkbookGrid } from './types'

function book(name: string): WorkbookGrid {
  const sniffed = sniffBytes(fixture(name))
  if (!sniffed.ok) throw new Error(sniffed.problem.code)
  const read = readWorkbookBytes(sniffed.bytes)
  if (!read.ok) throw new Error(read.problem.code)
  return read.book
}

describe('readWorkbookBytes', () => {
  it('reads the Samoa form: values, merged title, no phantom cells', () => {
    const [sheet] = book('samples/nomination_samoa.xlsx').sheets
    expect(sheet).toMatchObject({ name: 'Form', hidden: false, date1904: false })
    expect(sheet!.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 7 } }])
    expect(sheet!.rows[3]).toEqual([
      'No',
      'Salutation',
      'Name',
      'Designation',
      'Agency',
      'E-mail',
      'Contact number',
      'Attendance',
    ])
    expect(sheet!.rows[4]?.[0]).toBe(1)
    expect(sheet!.rows[4]?.[6]).toBe('+685 21171')
    expect(sheet!.rows[2]).toEqual([])
  })

  it('marks hidden sheets', () => {
    const sheets = book('nomination_with_instructions.xlsx').sheets
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Instructions', false],
      ['Form', false],
      ['Lists', true],
    ])
  })

  it('keeps date serials apart from numbers and reports the 1904 system', () => {
    const b = book('dates_1904.xlsx')
    expect(b.date1904).toBe(true)
    expect(b.sheets[0]!.date1904).toBe(true)
    expect(b.sheets[0]!.rows[1]![1]).toEqual({ kind: 'date', serial: expect.closeTo(43312.604, 3) })
    const mixed = book('dates_mixed.xlsx')
    expect(mixed.date1904).toBe(false)
    expect(mixed.sheets[0]!.rows[1]![1]).toEqual({ kind: 'date', serial: 44774 })
  })

  it('keeps the shown text of digit-mask numbers (IDs with leading zeros, formatted phones)', () => {
    const rows = book('phones_as_numbers.xlsx').sheets[0]!.rows
    expect(rows[1]![2]).toBe(6793311234)
    expect(rows[1]![3]).toEqual({ kind: 'number', value: 6799990000, text: '+679 999 0000' })
    expect(cellText(rows[1]![4])).toBe('00123')
  })

  it('never keeps formulas: cached values only, hostile text stays text', () => {
    const rows = book('hostile.xlsx').sheets[0]!.rows
    expect(rows[0]).toEqual(['Name', '__proto__', 'constructor', 'prototype', 'Email', 'Notes'])
    expect(rows[1]![2]).toBe('cached')
    expect(rows[1]![3]).toBe(2)
    expect(rows[1]![5]).toBe("=cmd|' /C calc'!A0")
    expect(rows[2]![0]).toBe('<img src=x onerror=alert(1)>')
    expect(rows[2]![1]).toBe('{{constructor}}')
    expect(rows[3]![5]).toBe('=1+2') // our exporter's apostrophe, removed exactly once
  })

  it('parses a sheet with a forged dimension (A1:XFD1048576) fast', () => {
    const started = performance.now()
    const rows = book('forged_dimension.xlsx').sheets[0]!.rows
    expect(performance.now() - started).toBeLessThan(1000)
    expect(rows).toEqual([
      ['Name', 'Email'],
      ['Ana Kioa', 'ana@example.org'],
    ])
  })

  it('reads legacy .xls and .ods alike', () => {
    expect(book('legacy.xls').sheets[0]!.rows[1]).toEqual([
      'Wéa',
      'Hélène',
      'Nouvelle-Calédonie',
      'helene.wea@gouv.nc',
      'F',
      'Présentiel',
    ])
    expect(book('participants.ods').sheets[0]!.rows[2]![1]).toBe('Noël')
  })

  it('caps the rows it keeps and says so', () => {
    const ws = XLSX.utils.aoa_to_sheet(Array.from({ length: 50 }, (_, i) => [`r${i}`]))
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, ws, 'S')
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }))
    const read = readWorkbookBytes(bytes, { ...defaultLimits, maxRows: 10 })
    expect(read.ok && read.book.sheets[0]!.rows.length).toBe(10)
    expect(read.ok && read.problems).toEqual([
      { code: 'rows_truncated', severity: 'warning', limit: 10, detail: 'S' },
    ])
  })

  it('reads sheets named like prototype keys as ordinary sheets', () => {
    const wb = XLSX.utils.book_new()
    for (const name of ['__proto__', 'constructor', 'toString']) {
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name'], [name]]), name)
    }
    const read = readWorkbookBytes(
      new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' })),
    )
    expect(read.ok && read.book.sheets.map((s) => [s.name, s.rows[1]![0]])).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
      ['toString', 'toString'],
    ])
  })

  it('reports unreadable bytes and cancellation', () => {
    const cfbGarbage = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])
    expect(readWorkbookBytes(cfbGarbage)).toMatchObject({
      ok: false,
      problem: { code: 'unreadable' },
    })
    // Defence in depth behind sniff: SheetJS's own refusal of encryption maps to 'encrypted'.
    expect(readWorkbookBytes(fixture('encrypted.xlsx'))).toMatchObject({
      ok: false,
      problem: { code: 'encrypted' },
    })
    const bytes = sniffBytes(fixture('samples/daftar_peserta.xlsx'))
    if (!bytes.ok) throw new Error('sample')
    expect(readWorkbookBytes(bytes.bytes, defaultLimits, () => true)).toEqual({
      ok: false,
      problem: { code: 'cancelled', severity: 'error' },
    })
  })
})

describe('readDelimitedText', () => {
  it('gives one sheet named after the file, all text, apostrophe guard undone', () => {
    const read = readDelimitedText("Name;Phone\nAna;'+676 23600\n", ';', 'contacts')
    expect(read).toMatchObject({ ok: true, problems: [] })
    if (read.ok)
      expect(read.book.sheets[0]).toEqual({
        name: 'contacts',
        hidden: false,
        merges: [],
        date1904: false,
        rows: [
          ['Name', 'Phone'],
          ['Ana', '+676 23600'],
        ],
      })
  })
})
