import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffWords } from './word-diff'

const side = (parts: ReturnType<typeof diffWords>, drop: 'insert' | 'delete') =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join('')

describe('diffWords', () => {
  it('marks a changed word as deleted and inserted, and leaves the rest', () => {
    expect(diffWords('dari 17 negara dan wilayah', 'dari 18 negara dan wilayah')).toEqual([
      { op: 'equal', text: 'dari ' },
      { op: 'delete', text: '17' },
      { op: 'insert', text: '18' },
      { op: 'equal', text: ' negara dan wilayah' },
    ])
  })

  it('handles additions at the end and empty texts', () => {
    expect(diffWords('Tonga', 'Tonga dan Vanuatu')).toEqual([
      { op: 'equal', text: 'Tonga' },
      { op: 'insert', text: ' dan Vanuatu' },
    ])
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('', 'a')).toEqual([{ op: 'insert', text: 'a' }])
  })

  it('rebuilds both texts from its parts (property)', () => {
    const words = fc.array(
      fc.constantFrom('Fiji', 'Samoa', 'Tonga', 'dan', ',', ' ', '\n', '17', '18'),
      {
        maxLength: 40,
      },
    )
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join('')
        const after = b.join('')
        const parts = diffWords(before, after)
        expect(side(parts, 'insert')).toBe(before)
        expect(side(parts, 'delete')).toBe(after)
      }),
      { numRuns: 500 },
    )
  })

  it('gives up aligning very different long texts but stays correct', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ')
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ')
    const parts = diffWords(a, b)
    expect(side(parts, 'insert')).toBe(a)
    expect(side(parts, 'delete')).toBe(b)
  })
})

describe('diffWords, for reading', () => {
  it('shows a replaced stretch as one deletion and one insertion, not word by word', () => {
    expect(
      diffWords(
        'yaitu Informasi lebih lanjut: Direktorat. Tonga',
        'yaitu Fiji, Kaledonia Baru, Kepulauan Cook. Tonga',
      ),
    ).toEqual([
      { op: 'equal', text: 'yaitu ' },
      { op: 'delete', text: 'Informasi lebih lanjut: Direktorat' },
      { op: 'insert', text: 'Fiji, Kaledonia Baru, Kepulauan Cook' },
      { op: 'equal', text: '. Tonga' },
    ])
  })

  it('keeps unchanged words between two changes', () => {
    expect(diffWords('17 negara dan 5 daring', '18 negara dan 6 daring')).toEqual([
      { op: 'delete', text: '17' },
      { op: 'insert', text: '18' },
      { op: 'equal', text: ' negara dan ' },
      { op: 'delete', text: '5' },
      { op: 'insert', text: '6' },
      { op: 'equal', text: ' daring' },
    ])
  })
})
