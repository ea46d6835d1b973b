import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDelimited } from '../spreadsheet/csv'
import { restoreNeutralised } from '../spreadsheet/formula-guard'
import { csvBytes, csvField, tableToCsv } from './csv-writer'
import type { Table } from './table'

const table = (header: string[], rows: (string | null)[][]): Table => ({
  columns: header.map((h) => ({ header: h, kind: 'text' })),
  rows,
})

describe('CSV writer', () => {
  it('quotes only what needs it, doubles quotes, ends lines with CRLF', () => {
    const csv = tableToCsv(
      table(
        ['Name', 'Notes'],
        [
          ['Smith, Ann', 'said "hi"\nthen left'],
          ['Ō', null],
        ],
      ),
      { delimiter: ',' },
    )
    expect(csv).toBe('Name,Notes\r\n"Smith, Ann","said ""hi""\nthen left"\r\nŌ,\r\n')
  })

  it('in the semicolon variant, commas need no quotes but semicolons do', () => {
    expect(csvField('Smith, Ann', ';')).toBe('Smith, Ann')
    expect(csvField('a;b', ';')).toBe('"a;b"')
    expect(csvField(' padded ', ',')).toBe('" padded "')
  })

  it('neutralises formula triggers', () => {
    expect(csvField('=HYPERLINK("http://x")', ',')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('+679 331 1234', ',')).toBe("'+679 331 1234")
    expect(csvField('-5', ',')).toBe("'-5")
    expect(csvField('@SUM(A1)', ',')).toBe("'@SUM(A1)")
    expect(csvField('\tx', ',')).toBe("'\tx")
  })

  it('starts with the UTF-8 byte-order mark', () => {
    const bytes = csvBytes(table(['Nama'], [['Tuʻivakanō']]), { delimiter: ',' })
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes)).toBe('Nama\r\nTuʻivakanō\r\n')
  })

  it('survives commas, quotes and line breaks: parsing gives every value back', () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        ',',
        ';',
        '"',
        '\n',
        '\r\n',
        '\r',
        ' ',
        '=',
        '+',
        '-',
        '@',
        "'",
        'a',
        'ō',
      ),
      maxLength: 12,
    })
    fc.assert(
      fc.property(
        fc.constantFrom(',' as const, ';' as const),
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
          ),
        (delimiter, rows) => {
          const width = rows[0]?.length ?? 1
          const header = Array.from({ length: width }, (_, i) => `H${i}`)
          const csv = tableToCsv(table(header, rows), { delimiter })
          const parsed = parseDelimited(csv, delimiter).rows.map((r) => r.map(restoreNeutralised))
          expect(parsed).toEqual([header, ...rows])
        },
      ),
      { numRuns: 300 },
    )
  })
})
