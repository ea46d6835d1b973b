import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text'
import { fixture } from './test-fixtures'

const utf16 = (s: string, be = false): Uint8Array => {
  const out = new Uint8Array(s.length * 2)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[i * 2 + (be ? 1 : 0)] = c & 0xff
    out[i * 2 + (be ? 0 : 1)] = c >> 8
  }
  return out
}

describe('decodeText', () => {
  it('falls back to Windows-1252 for the French Excel CSV sample', () => {
    const d = decodeText(fixture('samples/contacts_semicolon_cp1252.csv'))
    expect(d.encoding).toBe('windows-1252')
    expect(d.hadBom).toBe(false)
    expect(d.text).toContain('Hélène Wéa;Gouvernement de la Nouvelle-Calédonie')
    expect(d.text.startsWith('Nom;Organisation;Pays;Courriel;Téléphone')).toBe(true)
  })

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const d = decodeText(fixture('utf8_bom_quoted.csv'))
    expect(d).toMatchObject({ encoding: 'utf-8', hadBom: true })
    expect(d.text.startsWith('ID,Full name')).toBe(true)
  })

  it('reads UTF-16LE with BOM (Excel "Unicode Text")', () => {
    const d = decodeText(fixture('utf16le_bom.txt'))
    expect(d).toMatchObject({ encoding: 'utf-16le', hadBom: true })
    expect(d.text.split('\r\n')[1]).toBe('Hélène Wéa\tKaledonia Baru\thelene.wea@gouv.nc')
  })

  it('reads UTF-16BE with BOM, and UTF-16 without BOM by its NUL pattern', () => {
    const be = decodeText(new Uint8Array([0xfe, 0xff, ...utf16('Négara', true)]))
    expect(be).toEqual({ text: 'Négara', encoding: 'utf-16be', hadBom: true })
    expect(decodeText(utf16('Name,Pays\nAna,Tonga'))).toMatchObject({
      encoding: 'utf-16le',
      text: 'Name,Pays\nAna,Tonga',
    })
    expect(decodeText(utf16('Name,Pays', true))).toMatchObject({
      encoding: 'utf-16be',
      text: 'Name,Pays',
    })
  })

  it('keeps strict UTF-8 when it is valid, including non-Latin text', () => {
    const bytes = new TextEncoder().encode('Nama,Negara\nŌtautahi,Sāmoa\n')
    expect(decodeText(bytes)).toMatchObject({
      encoding: 'utf-8',
      text: 'Nama,Negara\nŌtautahi,Sāmoa\n',
    })
  })

  it('honours an encoding the user forces', () => {
    const bytes = new TextEncoder().encode('Hélène')
    expect(decodeText(bytes, 'windows-1252').text).toBe('HÃ©lÃ¨ne')
    expect(decodeText(fixture('utf8_bom_quoted.csv'), 'utf-8').text.startsWith('ID,')).toBe(true)
  })
})
