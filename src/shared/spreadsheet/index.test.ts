import { describe, expect, it } from 'vitest'
import {
  analyseFile,
  analyseSheet,
  buildRows,
  rememberMapping,
  setColumnTarget,
  type Analysis,
} from './index'
import { fixture, stubContext } from './test-fixtures'

function analyse(name: string, options = {}): Analysis {
  const a = analyseFile(fixture(name), name.replace(/^.*\//, ''), options)
  if (!a.ok) throw new Error(a.problem.code)
  return a
}
const build = (a: Analysis, ctx = stubContext) =>
  buildRows({ book: a.book, sheet: a.chosenSheet, header: a.header!, mapping: a.mapping }, ctx)

describe('analyseFile', () => {
  it.each([
    ['empty.xlsx', 'empty'],
    ['truncated.xlsx', 'truncated'],
    ['png_renamed.xlsx', 'not_spreadsheet'],
    ['pdf_renamed.xlsx', 'not_spreadsheet'],
    ['word_renamed.xlsx', 'not_spreadsheet'],
    ['encrypted.xlsx', 'encrypted'],
    ['zip_bomb.xlsx', 'zip_bomb'],
  ])('refuses %s with %s', (name, code) => {
    expect(analyseFile(fixture(name), name)).toEqual({
      ok: false,
      problem: { code, severity: 'error' },
    })
  })

  it('Indonesian list: header on row 1, every column mapped, six importable people', () => {
    const a = analyse('samples/daftar_peserta.xlsx')
    expect(a).toMatchObject({
      kind: 'xlsx',
      chosenSheet: 0,
      mappingSource: 'suggested',
      problems: [],
    })
    expect(a.header).toMatchObject({ headerRow: 0, dataStart: 1, dataEnd: 7 })
    expect(a.mapping.map((m) => m.target)).toEqual([
      'ignore',
      'fullName',
      'position',
      'organisation',
      'country',
      'email',
      'phone',
      'mode',
    ])
    const b = build(a)
    if (!b.ok) throw new Error()
    expect(b.rows).toHaveLength(6)
    expect(b.rows.every((r) => r.importable && r.problems.length === 0)).toBe(true)
    expect(b.rows.map((r) => [r.record.country?.code, r.record.mode])).toEqual([
      ['TO', 'online'],
      ['FJ', 'in_person'],
      ['VU', 'online'],
      ['TL', 'online'],
      ['CK', 'online'],
      ['MH', 'online'],
    ])
  })

  it('Samoa form: title and footer left out, honorific column, "Physical" is in person', () => {
    const a = analyse('samples/nomination_samoa.xlsx')
    expect(a.header).toMatchObject({ headerRow: 3, dataStart: 4, dataEnd: 6, footerRow: 7 })
    expect(a.preview.map((r) => r.rowNumber)).toEqual([5, 6])
    const b = build(a, { ...stubContext, defaultCountry: 'WS' })
    if (!b.ok) throw new Error()
    expect(b.rows.map((r) => r.record)).toMatchObject([
      {
        honorific: 'Mr.',
        fullName: 'Afamasaga Toleafoa',
        emails: ['afamasaga.toleafoa@mfat.gov.ws'],
        phones: [{ e164: '+68521171' }],
        mode: 'online',
      },
      { honorific: 'Mrs', fullName: 'Leota Lu', mode: 'in_person', country: { code: 'WS' } },
    ])
  })

  it('instructions sheet first: the form is preselected', () => {
    const a = analyse('nomination_with_instructions.xlsx')
    expect(a.chosenSheet).toBe(1)
    expect(a.sheets.map((s) => s.name)).toEqual(['Instructions', 'Form', 'Lists'])
  })

  it('French Windows CSV: Windows-1252, semicolons, lone "Nom" is the full name', () => {
    const a = analyse('samples/contacts_semicolon_cp1252.csv')
    expect(a).toMatchObject({
      kind: 'text',
      encoding: 'windows-1252',
      delimiter: ';',
      hadBom: false,
    })
    expect(a.mapping.map((m) => m.target)).toEqual([
      'fullName',
      'organisation',
      'country',
      'email',
      'phone',
    ])
    const b = build(a)
    if (!b.ok) throw new Error()
    expect(b.rows.map((r) => [r.record.fullName, r.record.country?.code])).toEqual([
      ['Hélène Wéa', 'NC'],
      ['Noël Teriierooiterai', 'PF'],
    ])
  })

  it('UTF-8 BOM CSV with quoted commas and line breaks; UTF-16LE tab text; sep= line', () => {
    const a = analyse('utf8_bom_quoted.csv')
    expect(a).toMatchObject({ encoding: 'utf-8', hadBom: true, delimiter: ',' })
    const b = build(a)
    if (!b.ok) throw new Error()
    expect(b.rows[0]!.record).toMatchObject({
      id: '00123',
      fullName: 'Tuimabu, Lanieta',
      notes: 'Line one\nline two, with comma',
      phones: [{ raw: '+679 331 1234' }],
    })
    expect(analyse('utf16le_bom.txt')).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' })
    expect(analyse('sep_line.csv')).toMatchObject({ delimiter: ';', sepLine: true })
  })

  it('Zoom report: names and emails found, the rest left for the attendance importer', () => {
    const a = analyse('samples/zoom_participants_report.csv')
    expect(a.mapping.filter((m) => m.target !== 'ignore').map((m) => [m.header, m.target])).toEqual(
      [
        ['Name (Original Name)', 'fullName'],
        ['User Email', 'email'],
      ],
    )
  })

  it('two-row header with merges, legacy .xls and .ods, forged dimension', () => {
    expect(analyse('peserta_merged.xlsx').mapping.map((m) => m.target)).toEqual([
      'ignore',
      'country',
      'fullName',
      'position',
      'email',
      'phone',
      'arrival',
      'departure',
      'notes',
    ])
    expect(analyse('legacy.xls')).toMatchObject({ kind: 'xls' })
    expect(analyse('participants.ods')).toMatchObject({ kind: 'ods' })
    expect(analyse('forged_dimension.xlsx').preview).toHaveLength(1)
  })

  it('warns when the name does not match the content, and honours forced options', () => {
    const a = analyseFile(fixture('samples/contacts_semicolon_cp1252.csv'), 'contacts.xlsx', {
      delimiter: ',',
      encoding: 'utf-8',
    })
    // The wrong choices are honoured (and make a poor table): the user sees and changes them.
    expect(a).toMatchObject({ ok: true, delimiter: ',', encoding: 'utf-8' })
    if (!a.ok) return
    expect(a.problems[0]).toEqual({
      code: 'extension_mismatch',
      severity: 'warning',
      detail: 'text',
    })
    expect(a.book.sheets[0]!.rows[0]).toEqual([
      'Nom;Organisation;Pays;Courriel;T\uFFFDl\uFFFDphone',
    ])
  })

  it('offers a remembered mapping for the same headers', () => {
    const first = analyse('samples/daftar_peserta.xlsx')
    const confirmed = setColumnTarget(first.mapping, 0, 'extra_note')
    const again = analyse('samples/daftar_peserta.xlsx', {
      remembered: [rememberMapping(confirmed)],
    })
    expect(again.mappingSource).toBe('remembered')
    expect(again.signature).toBe(first.signature)
    expect(again.mapping[0]!.target).toBe('extra_note')
  })

  it('re-analyses another sheet or header row on request', () => {
    const a = analyse('nomination_with_instructions.xlsx')
    expect(analyseSheet(a.book, 1, { header: { headerRow: 3 } }).header).toMatchObject({
      headerRow: 3,
      confidence: 1,
    })
    expect(analyseSheet(a.book, 9).problems).toEqual([
      { code: 'header_not_found', severity: 'error' },
    ])
  })

  it('refuses to build without a name column, and reports cancellation', () => {
    const a = analyse('samples/daftar_peserta.xlsx')
    const noName = setColumnTarget(a.mapping, 1, 'ignore')
    expect(
      buildRows({ book: a.book, sheet: 0, header: a.header!, mapping: noName }, stubContext),
    ).toEqual({
      ok: false,
      problems: [{ code: 'name_not_mapped', severity: 'error' }],
    })
    expect(build(a, { ...stubContext, shouldCancel: () => true })).toEqual({
      ok: false,
      problems: [{ code: 'cancelled', severity: 'error' }],
    })
    expect(
      analyseFile(fixture('samples/daftar_peserta.xlsx'), 'x.xlsx', { shouldCancel: () => true }),
    ).toMatchObject({ ok: false, problem: { code: 'cancelled' } })
  })
})
