import { describe, expect, it } from 'vitest'
import { chooseSheet, summariseSheets } from './choose-sheet'
import { readWorkbookBytes } from './read-workbook'
import { fixture } from './test-fixtures'
import type { WorkbookGrid } from './types'

const book = (name: string): WorkbookGrid => {
  const read = readWorkbookBytes(fixture(name))
  if (!read.ok) throw new Error(read.problem.code)
  return read.book
}

describe('chooseSheet', () => {
  it('passes over an instructions sheet first and a hidden list sheet', () => {
    const summaries = summariseSheets(book('nomination_with_instructions.xlsx'))
    expect(
      summaries.map((s) => [s.name, s.hidden, s.nonEmptyRows, s.headerRow, s.dataRows]),
    ).toEqual([
      ['Instructions', false, 4, expect.anything(), expect.any(Number)],
      ['Form', false, 6, 3, 2],
      ['Lists', true, 3, expect.anything(), expect.any(Number)],
    ])
    expect(chooseSheet(summaries)).toBe(1)
  })

  it('picks the only sheet, and the first when all are empty', () => {
    expect(chooseSheet(summariseSheets(book('samples/daftar_peserta.xlsx')))).toBe(0)
    const empty: WorkbookGrid = {
      date1904: false,
      sheets: [0, 1].map((i) => ({
        name: `S${i}`,
        hidden: false,
        rows: [],
        merges: [],
        date1904: false,
      })),
    }
    expect(chooseSheet(summariseSheets(empty))).toBe(0)
  })

  it('prefers the sheet with more records when two look like data', () => {
    const rows = (n: number) => [
      ['Name', 'Email'],
      ...Array.from({ length: n }, (_, i) => [`P${i}`, `p${i}@x.org`]),
    ]
    const two: WorkbookGrid = {
      date1904: false,
      sheets: [
        { name: 'Contoh', hidden: false, rows: rows(2), merges: [], date1904: false },
        { name: 'Peserta', hidden: false, rows: rows(30), merges: [], date1904: false },
      ],
    }
    expect(chooseSheet(summariseSheets(two))).toBe(1)
  })
})
