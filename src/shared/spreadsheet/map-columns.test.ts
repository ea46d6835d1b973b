import { describe, expect, it } from 'vitest'
import type { HeaderColumn } from './find-header'
import { mappingProblems, setColumnTarget, suggestMapping, type ColumnMapping } from './map-columns'

const cols = (...labels: string[]): HeaderColumn[] =>
  labels.map((label, index) => ({ index, label, texts: [label] }))
const targets = (m: ColumnMapping[]): string[] => m.map((x) => x.target)

describe('suggestMapping', () => {
  it('maps the Indonesian sample headers', () => {
    const m = suggestMapping(
      cols('No', 'Nama', 'Jabatan', 'Instansi', 'Negara', 'Email', 'Telepon', 'Moda Kehadiran'),
    )
    expect(targets(m)).toEqual([
      'ignore',
      'fullName',
      'position',
      'organisation',
      'country',
      'email',
      'phone',
      'mode',
    ])
    expect(m.every((x) => x.confidence >= 0.9)).toBe(true)
  })

  it('maps English, Indonesian and French aliases', () => {
    expect(
      targets(
        suggestMapping(
          cols(
            'Gelar',
            'Nama Depan',
            'Nama Belakang',
            'Jenis Kelamin',
            'Lembaga',
            'Surel',
            'No. HP',
            'Kedatangan',
            'Kepulangan',
            'Paspor',
            'Makanan',
            'Keterangan',
            'Peran',
          ),
        ),
      ),
    ).toEqual([
      'honorific',
      'givenName',
      'familyName',
      'gender',
      'organisation',
      'email',
      'phone',
      'arrival',
      'departure',
      'passportNumber',
      'dietary',
      'notes',
      'role',
    ])
    expect(
      targets(
        suggestMapping(
          cols(
            'Civilité',
            'Prénom',
            'Nom',
            'Sexe',
            'Courriel',
            'Téléphone',
            'Pays',
            'Arrivée',
            'Départ',
            'Participation',
          ),
        ),
      ),
    ).toEqual([
      'honorific',
      'givenName',
      'familyName',
      'gender',
      'email',
      'phone',
      'country',
      'arrival',
      'departure',
      'mode',
    ])
  })

  it('reads a lone French "Nom" as the whole name', () => {
    expect(
      targets(suggestMapping(cols('Nom', 'Organisation', 'Pays', 'Courriel', 'Téléphone'))),
    ).toEqual(['fullName', 'organisation', 'country', 'email', 'phone'])
  })

  it('matches longer headers and typos with lower confidence', () => {
    const m = suggestMapping(
      cols(
        'Full Name (as in passport)',
        'E-mail adress',
        'Nationalty',
        'Passport expiry date',
        'WhatsApp number',
      ),
    )
    expect(targets(m)).toEqual(['fullName', 'email', 'nationality', 'passportExpiry', 'whatsapp'])
    expect(m[0]!.confidence).toBeLessThan(1)
    expect(m[2]!.confidence).toBeGreaterThan(0.6)
  })

  it('gives each field one column, by confidence', () => {
    const m = suggestMapping(cols('Email address (personal)', 'Email', 'Phone', 'Mobile'))
    expect(targets(m)).toEqual(['ignore', 'email', 'phone', 'ignore'])
  })

  it('prefers the lower cell of a two-row header, else the joined label', () => {
    const two: HeaderColumn[] = [
      { index: 0, label: 'Kontak Surel', texts: ['Surel', 'Kontak Surel', 'Kontak'] },
      { index: 1, label: 'Arrival Date', texts: ['Date', 'Arrival Date', 'Arrival'] },
    ]
    expect(targets(suggestMapping(two))).toEqual(['email', 'arrival'])
  })

  it('leaves unknown and hostile headers to ignore or extra notes, never as object keys', () => {
    const hostile = cols('Name', '__proto__', 'constructor', 'prototype', 'hasOwnProperty')
    expect(targets(suggestMapping(hostile))).toEqual([
      'fullName',
      'ignore',
      'ignore',
      'ignore',
      'ignore',
    ])
    expect(targets(suggestMapping(hostile, 'extra_note'))).toEqual([
      'fullName',
      'extra_note',
      'extra_note',
      'extra_note',
      'extra_note',
    ])
    expect(({} as Record<string, unknown>).fullName).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('fullName')
  })
})

describe('mapping edits and problems', () => {
  it('requires a name column and one column per field', () => {
    const m = suggestMapping(cols('Email', 'Country'))
    expect(mappingProblems(m)).toEqual([{ code: 'name_not_mapped', severity: 'error' }])
    const twice: ColumnMapping[] = [
      { column: 0, header: 'A', target: 'fullName', confidence: 1 },
      { column: 1, header: 'B', target: 'fullName', confidence: 1 },
    ]
    expect(mappingProblems(twice)).toEqual([
      { code: 'field_mapped_twice', severity: 'error', field: 'fullName', column: 1 },
    ])
  })

  it('moves a field when the user assigns it to another column', () => {
    const m = setColumnTarget(suggestMapping(cols('Name', 'Email', 'Other mail')), 2, 'email')
    expect(targets(m)).toEqual(['fullName', 'ignore', 'email'])
    expect(m[2]!.confidence).toBe(1)
  })
})
