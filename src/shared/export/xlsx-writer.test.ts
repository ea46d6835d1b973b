import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import type { Table } from './table'
import { zipMethods, zipParts } from './test-zip'
import { writeXlsx } from './xlsx-writer'

const table: Table = {
  columns: [
    { header: 'ID', kind: 'text' },
    { header: 'Phone', kind: 'text' },
    { header: 'Arrival', kind: 'datetime' },
    { header: 'Passport expiry date', kind: 'date' },
  ],
  rows: [
    ['00123', '+679 331 1234', { date: '2026-08-01T09:30' }, { date: '2031-02-28' }],
    ['p2', '=1+1', null, null],
  ],
}

describe('writeXlsx', () => {
  const bytes = writeXlsx(
    [
      { name: 'PDDW 2026', table, styledHeader: true, autofilter: true },
      {
        name: 'Lists',
        table: { columns: [{ header: 'Mode', kind: 'text' }], rows: [['Online'], ['In person']] },
        hidden: true,
      },
    ],
    { title: 'Workshop' },
  )
  const parts = zipParts(bytes)
  const sheet1 = parts.get('xl/worksheets/sheet1.xml')!
  const styles = parts.get('xl/styles.xml')!

  it('is a compressed zip', () => {
    const methods = zipMethods(bytes)
    expect(methods.length).toBeGreaterThan(5)
    expect(methods.every((m) => m === 8)).toBe(true)
  })

  it('writes IDs and phones as text, dates as real dates with a format', () => {
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true })
    const ws = wb.Sheets['PDDW 2026']!
    expect(ws['A2']).toMatchObject({ t: 's', v: '00123' })
    expect(ws['B2']).toMatchObject({ t: 's', v: "'+679 331 1234" })
    expect(ws['C2']).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm', w: '2026-08-01 09:30' })
    expect(ws['D2']).toMatchObject({ t: 'n', z: 'yyyy-mm-dd', w: '2031-02-28' })
    expect(ws['B3']).toMatchObject({ t: 's', v: "'=1+1" })
    expect(ws['B3'].f).toBeUndefined()
  })

  it('fits widths, sets an autofilter over the data and freezes a bold header', () => {
    expect(sheet1).toContain('<autoFilter ref="A1:D3"/>')
    expect(sheet1).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    )
    const widths = [...sheet1.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) =>
      Math.floor(Number(m[1])),
    )
    expect(widths).toEqual([7, 15, 18, 22])
    // Header cells use the style whose font is bold and fill is shaded.
    const headerStyle = Number(/<c r="A1" s="(\d+)"/.exec(sheet1)![1])
    const xfs = [
      .../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*\/>/g),
    ]
    const xf = xfs[headerStyle]![0]
    const fontId = Number(/fontId="(\d+)"/.exec(xf)![1])
    const fonts = [
      .../<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1]!.matchAll(/<font>[\s\S]*?<\/font>/g),
    ]
    expect(fonts[fontId]![0]).toContain('<b/>')
    expect(xf).toContain('applyFont="1"')
    // Data cells keep the plain style.
    expect(sheet1).toMatch(/<c r="A2" t="str">/)
  })

  it('hides a sheet when asked, and names the filter range for Excel', () => {
    const workbook = parts.get('xl/workbook.xml')!
    expect(workbook).toContain('<sheet name="Lists" sheetId="2" r:id="rId2" state="hidden"/>')
    expect(workbook).toContain('&apos;PDDW 2026&apos;!$A$1:$D$3')
    expect(parts.get('xl/worksheets/sheet2.xml')).not.toContain('<pane')
  })

  it('adds drop-down lists after the sheet data', () => {
    const withLists = writeXlsx([
      {
        name: 'Form',
        table: { columns: [{ header: 'Mode', kind: 'text' }], rows: [] },
        styledHeader: true,
        validations: [{ column: 0, firstRow: 2, lastRow: 200, source: "'Lists'!$A$2:$A$3" }],
      },
    ])
    const xml = zipParts(withLists).get('xl/worksheets/sheet1.xml')!
    expect(xml).toMatch(
      /<\/sheetData><dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A2:A200"><formula1>'Lists'!\$A\$2:\$A\$3<\/formula1><\/dataValidation><\/dataValidations>/,
    )
  })

  it('writes a date before 1900 as text rather than a wrong date', () => {
    const old = writeXlsx([
      {
        name: 'S',
        table: { columns: [{ header: 'D', kind: 'date' }], rows: [[{ date: '1899-01-01' }]] },
      },
    ])
    const ws = XLSX.read(old, { type: 'array' }).Sheets['S']!
    expect(ws['A2']).toMatchObject({ t: 's', v: '1899-01-01' })
  })
})
