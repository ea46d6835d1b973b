import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HeaderColumn } from './find-header'
import { setColumnTarget, suggestMapping } from './map-columns'
import {
  applyRememberedMapping,
  findRememberedMapping,
  headerSignature,
  rememberMapping,
} from './mapping-memory'

const cols = (...labels: string[]): HeaderColumn[] =>
  labels.map((label, index) => ({ index, label, texts: [label] }))

describe('headerSignature', () => {
  it('ignores order, case, accents and punctuation, but not content', () => {
    expect(headerSignature(['Nom', 'Pays', 'Courriel'])).toBe(
      headerSignature(['COURRIEL ', 'pays', 'Nom']),
    )
    expect(headerSignature(['Téléphone', 'E-mail'])).toBe(headerSignature(['telephone', 'e mail']))
    expect(headerSignature(['Nom', 'Pays'])).not.toBe(headerSignature(['Nom', 'Pays', 'Courriel']))
    expect(headerSignature(['Name', 'Name'])).not.toBe(headerSignature(['Name']))
  })

  it('is order-insensitive for any headers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 12 }), (headers) => {
        expect(headerSignature([...headers].reverse())).toBe(headerSignature(headers))
      }),
    )
  })
})

describe('remembered mappings', () => {
  it('applies a confirmed mapping to the same headers in another order', () => {
    const first = cols('Nama', 'Unit', 'Surel', 'Catatan panitia')
    const confirmed = setColumnTarget(
      setColumnTarget(suggestMapping(first), 1, 'organisation'),
      3,
      'extra_note',
    )
    const remembered = rememberMapping(confirmed)
    const again = cols('Surel', 'Catatan Panitia', 'NAMA', 'unit')
    expect(
      applyRememberedMapping(again, remembered)!.map((m) => [m.header, m.target, m.confidence]),
    ).toEqual([
      ['Surel', 'email', 1],
      ['Catatan Panitia', 'extra_note', 1],
      ['NAMA', 'fullName', 1],
      ['unit', 'organisation', 1],
    ])
    expect(applyRememberedMapping(cols('Nama', 'Surel'), remembered)).toBeNull()
    expect(
      findRememberedMapping(again, [rememberMapping(suggestMapping(cols('x'))), remembered]),
    ).not.toBeNull()
  })

  it('treats stored targets as untrusted', () => {
    const remembered = {
      signature: headerSignature(['__proto__', 'Name']),
      targets: [
        { header: '__proto__', target: 'constructor' as never },
        { header: 'name', target: 'fullName' as const },
      ],
    }
    expect(
      applyRememberedMapping(cols('__proto__', 'Name'), remembered)!.map((m) => m.target),
    ).toEqual(['ignore', 'fullName'])
  })
})
