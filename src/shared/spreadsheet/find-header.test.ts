import { describe, expect, it } from 'vitest'
import { cellText } from './cell-value'
import { dataRows, findHeader } from './find-header'
import { readDelimitedText, readWorkbookBytes } from './read-workbook'
import { fixture } from './test-fixtures'
import type { CellValue, SheetGrid } from './types'

function sheet(name: string, index = 0): SheetGrid {
  const read = readWorkbookBytes(fixture(name))
  if (!read.ok) throw new Error(read.problem.code)
  return read.book.sheets[index]!
}
const grid = (rows: CellValue[][], merges: SheetGrid['merges'] = []): SheetGrid => ({
  name: 'S',
  hidden: false,
  rows,
  merges,
  date1904: false,
})

describe('findHeader', () => {
  it('finds the Samoa header under a merged title and stops at the focal-point footer', () => {
    const s = sheet('samples/nomination_samoa.xlsx')
    const h = findHeader(s)!
    expect(h).toMatchObject({ headerRow: 3, headerRows: 1, dataStart: 4, dataEnd: 6, footerRow: 7 })
    expect(h.columns.map((c) => c.label)).toEqual([
      'No',
      'Salutation',
      'Name',
      'Designation',
      'Agency',
      'E-mail',
      'Contact number',
      'Attendance',
    ])
    expect(h.confidence).toBeGreaterThan(0.9)
    expect(dataRows(s, h).map((r) => r.rowNumber)).toEqual([5, 6])
  })

  it('joins a two-row header with a group label and fills a merged country down its delegation', () => {
    const s = sheet('peserta_merged.xlsx')
    const h = findHeader(s)!
    expect(h).toMatchObject({ headerRow: 3, headerRows: 2, dataStart: 5, dataEnd: 8, footerRow: 9 })
    const email = h.columns.find((c) => c.index === 4)!
    expect(email).toEqual({
      index: 4,
      label: 'Kontak Surel',
      texts: ['Surel', 'Kontak Surel', 'Kontak'],
    })
    expect(h.columns.find((c) => c.index === 1)!.label).toBe('Negara') // merged down, not doubled
    const rows = dataRows(s, h)
    expect(rows.map((r) => [r.rowNumber, r.cells[1], r.cells[2]])).toEqual([
      [6, 'Fiji', 'Lanieta Tuimabu'],
      [7, 'Fiji', 'Jone Waqa'],
      [8, 'Tonga', 'Siosaia Lolohea'],
    ])
  })

  it('takes the header row the user chooses', () => {
    const s = sheet('peserta_merged.xlsx')
    const h = findHeader(s, { headerRow: 4, headerRows: 1 })!
    expect(h).toMatchObject({ headerRow: 4, headerRows: 1, dataStart: 5, confidence: 1 })
    expect(h.columns.map((c) => c.label)).toContain('Surel')
    expect(findHeader(s, { headerRow: 99 })).toBeNull()
  })

  it('forces a two-row header when asked', () => {
    const g = grid([
      ['Name', 'Contact', ''],
      ['', 'Email', 'Phone'],
      ['Ana', 'a@b.org', '+676 1'],
    ])
    expect(findHeader(g, { headerRows: 2 })!.columns.map((c) => c.label)).toEqual([
      'Name',
      'Contact Email',
      'Phone',
    ])
  })

  it('ends the data at a total row, but only skips a subtotal followed by more people', () => {
    const g = grid([
      ['Name', 'Country', 'Email'],
      ['Ana Kioa', 'Tonga', 'ana@to.example'],
      ['Total', 1],
      ['Jone Waqa', 'Fiji', 'jone@fj.example'],
      [],
      ['Jumlah', 2],
      ['Prepared by the Embassy of Fiji in Jakarta'],
    ])
    const h = findHeader(g)!
    expect(h).toMatchObject({ dataEnd: 4, footerRow: 5, skippedRows: [2] })
    expect(dataRows(g, h).map((r) => cellText(r.cells[0]))).toEqual(['Ana Kioa', 'Jone Waqa'])
  })

  it('skips the header repeated on every printed page', () => {
    const g = grid([
      ['Name', 'Email'],
      ['Ana', 'a@x.org'],
      ['Name', 'Email'],
      ['Jone', 'j@x.org'],
    ])
    expect(dataRows(g, findHeader(g)!).map((r) => r.cells[0])).toEqual(['Ana', 'Jone'])
  })

  it('takes a row as a repeated header from 80 % of the labels on, in any case and spacing', () => {
    const header = ['No', 'Name', 'Email', 'Country', 'Phone']
    const g = grid([
      header,
      ['1', 'Ana', 'a@x.org', 'Tonga', '+676 1'],
      ['NO', ' name ', 'E-mail', 'COUNTRY', 'Phone'], // 4 of 5: a repeated header
      ['2', 'Name', 'Email', 'Fiji', '+679 2'], // 2 of 5: data
      ['No', 'Name', 'Email', 'x', 'y'], // 3 of 5: data
    ])
    expect(dataRows(g, findHeader(g)!).map((r) => r.rowNumber)).toEqual([2, 4, 5])
  })

  it('finds an unknown-language header by shape when nothing matches an alias', () => {
    const g = grid([
      ['Ingoa', 'Whenua'],
      ['Ana', 'Tonga'],
      ['Jone', 'Fiji'],
    ])
    expect(findHeader(g)).toMatchObject({ headerRow: 0, dataStart: 1, dataEnd: 3 })
  })

  it('stays fast when a hostile file merges the whole sheet thousands of times', () => {
    const rows: CellValue[][] = [
      ['Name', 'Email'],
      ...Array.from({ length: 3000 }, (_, i) => [`P${i}`, `p${i}@x.org`]),
    ]
    const merges = Array.from({ length: 5000 }, () => ({
      s: { r: 1, c: 0 },
      e: { r: 1_048_575, c: 16_383 },
    }))
    const started = performance.now()
    const h = findHeader(grid(rows, merges))!
    expect(dataRows(grid(rows, merges), h).length).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('finds no header in a sheet of one title', () => {
    expect(findHeader(grid([['NOMINATION FORM']]))).toBeNull()
  })

  it('reads an Indonesian CSV header', () => {
    const read = readDelimitedText('Nama;Negara;Surel\nA;Fiji;a@b.org\n', ';', 'x')
    if (!read.ok) throw new Error()
    expect(findHeader(read.book.sheets[0]!)!.columns.map((c) => c.label)).toEqual([
      'Nama',
      'Negara',
      'Surel',
    ])
  })
})
