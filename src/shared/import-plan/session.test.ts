import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { rememberMapping, setColumnTarget } from '../spreadsheet'
import { fixture } from '../spreadsheet/test-fixtures'
import { guessDefaultCountry } from './default-country'
import { matchCountry } from '../countries/match-country'
import { ImportSession, type BuildRequest } from './session'

function open(name: string, session = new ImportSession()) {
  const result = session.open({ bytes: fixture(name), fileName: name.replace(/^.*\//, '') })
  if (!result.ok) throw new Error(result.problem.code)
  return { session, result }
}

function request(view: { sheet: number; mapping: BuildRequest['mapping'] }): BuildRequest {
  return {
    sheet: view.sheet,
    mapping: view.mapping,
    countryAnswers: [],
    valueOverrides: [],
    edits: [],
  }
}

describe('ImportSession', () => {
  it('refuses bad files with their code and keeps no state', () => {
    const session = new ImportSession()
    for (const [name, code] of [
      ['zip_bomb.xlsx', 'zip_bomb'],
      ['png_renamed.xlsx', 'not_spreadsheet'],
      ['encrypted.xlsx', 'encrypted'],
      ['empty.xlsx', 'empty'],
    ] as const) {
      const r = session.open({ bytes: fixture(name), fileName: name })
      expect(r).toMatchObject({ ok: false, problem: { code } })
    }
    expect(() => session.sheet(0)).toThrow(/no file/)
  })

  it('Samoa form: finds the header under the title and suggests Samoa for rows without a country', () => {
    const { result, session } = open('samples/nomination_samoa.xlsx')
    if (!result.ok) return
    expect(result.view.header?.headerRow).toBe(3)
    expect(result.view.suggestedCountry).toBe('WS')
    expect(result.view.top[0]?.[0]).toBe('NOMINATION FORM')
    const built = session.build({ ...request(result.view), defaultCountry: 'WS' })
    if (!built.ok) throw new Error('build failed')
    expect(built.rows.map((r) => r.record.country?.code)).toEqual(['WS', 'WS'])
    expect(built.rows[0]!.record.phones[0]?.e164).toBe('+68521171')
    expect(built.columns.map((c) => c.label)).toContain('E-mail')
    expect(built.cells.get(5)?.[1]).toBe('Afamasaga  Toleafoa')
  })

  it('a cell fixed on screen is re-checked, and can be put back as it was', () => {
    const { result, session } = open('samples/daftar_peserta.xlsx')
    if (!result.ok) return
    const base = request(result.view)
    const emailColumn = result.view.mapping.find((m) => m.target === 'email')!.column
    const broken = session.build({
      ...base,
      edits: [{ rowNumber: 3, column: emailColumn, text: 'lanieta at govnet' }],
    })
    if (!broken.ok) throw new Error()
    expect(broken.rows[1]!.problems.map((p) => p.code)).toEqual(['email_invalid'])
    const fixed = session.build({
      ...base,
      edits: [{ rowNumber: 3, column: emailColumn, text: ' Lanieta.T@govnet.gov.fj ' }],
    })
    if (!fixed.ok) throw new Error()
    expect(fixed.rows[1]!.record.emails).toEqual(['lanieta.t@govnet.gov.fj'])
    const reverted = session.build(base)
    if (!reverted.ok) throw new Error()
    expect(reverted.rows[1]!.record.emails).toEqual(['lanieta.t@govnet.gov.fj'])
    expect(reverted.cells.get(3)).toContain('lanieta.t@govnet.gov.fj')
  })

  it('asks about unsure countries once each and takes the answer', () => {
    const session = new ImportSession()
    const csv = 'Name;Country\nA One;Korea\nB Two;Korea\nC Three;Atlantis\n'
    const r = session.open({ bytes: new TextEncoder().encode(csv), fileName: 'x.csv' })
    if (!r.ok) throw new Error()
    const first = session.build(request(r.view))
    if (!first.ok) throw new Error()
    expect(first.countries.map((q) => [q.text, q.count])).toEqual([
      ['Korea', 2],
      ['Atlantis', 1],
    ])
    expect(first.countries[0]!.candidates.map((c) => c.code)).toEqual(['KR', 'KP'])
    const answered = session.build({ ...request(r.view), countryAnswers: [['Korea', 'KR']] })
    if (!answered.ok) throw new Error()
    expect(answered.rows.map((x) => x.record.country?.code)).toEqual(['KR', 'KR', undefined])
    expect(answered.countries.map((q) => q.text)).toEqual(['Atlantis'])
  })

  it('lists the values of enumeration columns and applies the user’s reading', () => {
    const session = new ImportSession()
    const csv = 'Nama,Moda,JK\nA Satu,Hadir langsung,L\nB Dua,Daring,P\nC Tiga,hadir LANGSUNG,P\n'
    const r = session.open({ bytes: new TextEncoder().encode(csv), fileName: 'x.csv' })
    if (!r.ok) throw new Error()
    const mapping = setColumnTarget(r.view.mapping, 1, 'mode')
    const first = session.build({ ...request(r.view), mapping })
    if (!first.ok) throw new Error()
    expect(first.values.map((v) => [v.field, v.text, v.count, v.auto])).toEqual([
      ['gender', 'P', 2, 'female'],
      ['gender', 'L', 1, 'male'],
      ['mode', 'Hadir langsung', 2, undefined],
      ['mode', 'Daring', 1, 'online'],
    ])
    expect(first.rows[0]!.problems.map((p) => p.code)).toEqual(['value_unknown'])
    const key = first.values.find((v) => v.text === 'Hadir langsung')!.key
    const fixed = session.build({
      ...request(r.view),
      mapping,
      valueOverrides: [
        { field: 'mode', key, value: 'in_person' },
        { field: 'gender', key: 'l', value: 'not-a-gender' },
      ],
    })
    if (!fixed.ok) throw new Error()
    expect(fixed.rows.map((x) => x.record.mode)).toEqual(['in_person', 'online', 'in_person'])
    expect(fixed.rows[0]!.problems).toEqual([])
    expect(fixed.rows[0]!.record.gender).toBe('male')
  })

  it('offers a remembered mapping back for a file with the same headers', () => {
    const { result } = open('samples/daftar_peserta.xlsx')
    if (!result.ok) return
    const mine = setColumnTarget(result.view.mapping, 0, 'extra_note')
    const again = new ImportSession().open({
      bytes: fixture('samples/daftar_peserta.xlsx'),
      fileName: 'copy.xlsx',
      remembered: [rememberMapping(mine)],
    })
    if (!again.ok) throw new Error()
    expect(again.view.mappingSource).toBe('remembered')
    expect(again.view.mapping[0]?.target).toBe('extra_note')
  })

  it('hostile cells stay text, and the problems workbook neutralises formulas', () => {
    const { result, session } = open('hostile.xlsx')
    if (!result.ok) return
    const proto = result.view.mapping.find((m) => m.header === '__proto__')!
    const mapping = setColumnTarget(result.view.mapping, proto.column, 'extra_note')
    const built = session.build({ ...request(result.view), mapping })
    if (!built.ok) throw new Error()
    expect(built.columns.map((c) => c.label)).toContain('__proto__')
    expect(built.rows[0]!.record.notes).toContain('__proto__: x')
    expect(built.rows[1]!.record.fullName).toBe('<img src=x onerror=alert(1)>')
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    const bytes = session.problemsWorkbook({
      sheet: result.view.sheet,
      rows: built.rows.map((r) => ({ rowNumber: r.rowNumber, problem: '=HYPERLINK("x")' })),
      problemHeader: 'Problem',
      rowHeader: 'Row',
    })
    const book = XLSX.read(bytes, { type: 'array' })
    const sheet = book.Sheets[book.SheetNames[0]!]!
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' })
    expect(rows[0]!.slice(0, 3)).toEqual(['Problem', 'Row', 'Name'])
    expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`)
    expect(rows.flat()).toContain(`'=cmd|' /C calc'!A0`)
    expect(rows.flat()).toContain(`'@SUM(1+1)`)
    expect(Object.values(sheet).some((c) => typeof c === 'object' && c && 'f' in c)).toBe(false)
  })
})

describe('guessDefaultCountry', () => {
  it('takes one country named in a title, never one of two', () => {
    expect(guessDefaultCountry(['Workshop — Samoa', 'Form', 'x.xlsx'], matchCountry)).toBe('WS')
    expect(guessDefaultCountry(['Nomination form: Republic of Fiji'], matchCountry)).toBe('FJ')
    expect(guessDefaultCountry(['Fiji — Samoa'], matchCountry)).toBeUndefined()
    expect(guessDefaultCountry(['NOMINATION FORM', 'Peserta'], matchCountry)).toBeUndefined()
  })
})
