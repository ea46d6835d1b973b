import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { gridWorkbook } from './export-grid'

describe('gridWorkbook', () => {
  it('writes a compressed xlsx with numbers as numbers and formulas neutralised', () => {
    const bytes = gridWorkbook({
      sheetName: 'Attendance: day/1 [draft]',
      header: ['Name', 'Delegation', 'Opening', 'Total'],
      rows: [
        ['=HYPERLINK("https://evil.example")', 'Fiji', 160, 160],
        ['+679 331 1234', '@Tonga', 0, 0],
      ],
    })
    // A zip, deflated (method 8) rather than stored.
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
    expect(bytes[8]).toBe(8)
    const book = XLSX.read(bytes)
    expect(book.SheetNames).toEqual(['Attendance  day 1  draft '])
    const sheet = book.Sheets[book.SheetNames[0]!]!
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })
    expect(rows).toEqual([
      ['Name', 'Delegation', 'Opening', 'Total'],
      ['\'=HYPERLINK("https://evil.example")', 'Fiji', 160, 160],
      ["'+679 331 1234", "'@Tonga", 0, 0],
    ])
    expect(sheet['A2']?.f).toBeUndefined()
    expect(sheet['C2']?.t).toBe('n')
    expect(sheet['!autofilter']).toEqual({ ref: 'A1:D3' })
  })
})
