import { describe, expect, it } from 'vitest'
import { sniffBytes } from './sniff'
import { fixture } from './test-fixtures'
import { ascii } from './test-zip'
import { defaultLimits } from './types'

const kindOf = (name: string): string => {
  const r = sniffBytes(fixture(name))
  return r.ok ? r.kind : `!${r.problem.code}`
}

describe('sniffBytes', () => {
  it.each([
    ['samples/daftar_peserta.xlsx', 'xlsx'],
    ['samples/nomination_samoa.xlsx', 'xlsx'],
    ['samples/contacts_semicolon_cp1252.csv', 'text'],
    ['samples/zoom_participants_report.csv', 'text'],
    ['utf16le_bom.txt', 'text'],
    ['legacy.xls', 'xls'],
    ['participants.ods', 'ods'],
    ['empty.xlsx', '!empty'],
    ['truncated.xlsx', '!truncated'],
    ['png_renamed.xlsx', '!not_spreadsheet'],
    ['pdf_renamed.xlsx', '!not_spreadsheet'],
    ['word_renamed.xlsx', '!not_spreadsheet'],
    ['encrypted.xlsx', '!encrypted'],
    ['zip_bomb.xlsx', '!zip_bomb'],
  ])('%s → %s (by magic, not by name)', (name, expected) => {
    expect(kindOf(name)).toBe(expected)
  })

  it('refuses files over the size cap before looking inside', () => {
    const r = sniffBytes(fixture('samples/daftar_peserta.xlsx'), {
      ...defaultLimits,
      maxBytes: 1000,
    })
    expect(r).toEqual({ ok: false, problem: { code: 'too_large', severity: 'error', limit: 1000 } })
  })

  it('refuses NUL-heavy binary that no magic number names', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(2048))
    bytes[0] = 0x42
    bytes[10] = 0
    expect(sniffBytes(bytes)).toMatchObject({ ok: false, problem: { code: 'not_spreadsheet' } })
  })

  it('lets UTF-16 text without a BOM through (its NULs are every other byte)', () => {
    const text = 'Name\tCountry\r\nAna\tTonga\r\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i)
    expect(sniffBytes(bytes)).toMatchObject({ ok: true, kind: 'text' })
  })

  it('treats a CFB container without a workbook stream as not a spreadsheet, and garbage CFB as truncated', () => {
    const header = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...ascii('garbage'),
    ])
    expect(sniffBytes(header)).toMatchObject({ ok: false, problem: { code: 'truncated' } })
  })
})
