import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInclusive, formatDateRange, formatPressDate } from './dates'

describe('formatPressDate', () => {
  it('writes day, month name and year without leading zeros', () => {
    expect(formatPressDate('2022-08-01', 'id')).toBe('1 Agustus 2022')
    expect(formatPressDate('2022-08-01', 'en')).toBe('1 August 2022')
    expect(formatPressDate('2024-02-29', 'id')).toBe('29 Februari 2024')
    expect(formatPressDate('2021-11-16', 'id')).toBe('16 November 2021')
    expect(formatPressDate('2023-05-09', 'id')).toBe('9 Mei 2023')
    expect(formatPressDate('2023-03-09', 'en')).toBe('9 March 2023')
  })

  it.each(['2022-13-01', '2023-02-29', '2022-8-1', '', 'tomorrow', '2022-08-01T00:00'])(
    'refuses %j',
    (value) => {
      expect(() => formatPressDate(value, 'id')).toThrow(RangeError)
    },
  )
})

describe('formatDateRange', () => {
  it.each([
    ['2022-08-01', '2022-08-12', '1–12 Agustus 2022', '1–12 August 2022'],
    ['2022-07-30', '2022-08-02', '30 Juli–2 Agustus 2022', '30 July–2 August 2022'],
    [
      '2022-12-30',
      '2023-01-02',
      '30 Desember 2022–2 Januari 2023',
      '30 December 2022–2 January 2023',
    ],
    ['2021-11-16', '2021-11-16', '16 November 2021', '16 November 2021'],
    ['2024-02-28', '2024-03-01', '28 Februari–1 Maret 2024', '28 February–1 March 2024'],
    ['2022-01-01', '2022-12-31', '1 Januari–31 Desember 2022', '1 January–31 December 2022'],
  ])('%s to %s', (start, end, id, en) => {
    expect(formatDateRange(start, end, 'id')).toBe(id)
    expect(formatDateRange(start, end, 'en')).toBe(en)
  })

  it('uses an en dash with no spaces, as the ministry does', () => {
    expect(formatDateRange('2022-08-01', '2022-08-12', 'id')).not.toMatch(/ – |-/)
  })

  it('writes a range that ends before it starts in full rather than reordering it', () => {
    expect(formatDateRange('2022-08-12', '2022-08-01', 'en')).toBe('12 August 2022–1 August 2022')
  })

  it('says the year once per year and each month once per month (property)', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2090-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, fc.constantFrom('id' as const, 'en' as const), (x, y, lang) => {
        const [start, end] = x <= y ? [x, y] : [y, x]
        const text = formatDateRange(start, end, lang)
        const years = text.match(/\d{4}/g) ?? []
        expect(years.length).toBe(start.slice(0, 4) === end.slice(0, 4) ? 1 : 2)
        expect(text.endsWith(end.slice(0, 4))).toBe(true)
        const monthWords = text.match(/[A-Z][a-z]+/g) ?? []
        expect(monthWords.length).toBe(start.slice(0, 7) === end.slice(0, 7) ? 1 : 2)
      }),
    )
  })
})

describe('daysInclusive', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2022-08-01', '2022-08-12')).toBe(12)
    expect(daysInclusive('2022-08-01', '2022-08-01')).toBe(1)
    expect(daysInclusive('2022-12-30', '2023-01-02')).toBe(4)
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3)
  })
})
