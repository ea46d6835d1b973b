import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectDateOrder, localToSerial, parseDateText, serialToLocal } from './parse-dates'

describe('Excel serials', () => {
  it('knows the 1900 system and its Lotus leap-year bug', () => {
    expect(serialToLocal(1, false)).toBe('1900-01-01')
    expect(serialToLocal(59, false)).toBe('1900-02-28')
    expect(serialToLocal(60, false)).toBeNull() // 29 Feb 1900 never existed
    expect(serialToLocal(61, false)).toBe('1900-03-01')
    expect(serialToLocal(44785, false)).toBe('2022-08-12')
    expect(serialToLocal(44785.604166666664, false)).toBe('2022-08-12T14:30')
    expect(serialToLocal(0, false)).toBeNull()
  })

  it('knows the 1904 system', () => {
    expect(serialToLocal(0, true)).toBe('1904-01-01')
    expect(serialToLocal(44785 - 1462, true)).toBe('2022-08-12')
    expect(serialToLocal(2_957_003, true)).toBe('9999-12-31')
    expect(serialToLocal(2_957_004, true)).toBeNull()
  })

  it('rounds float noise to the second, carrying into the next day', () => {
    expect(serialToLocal(44785.99999999, false)).toBe('2022-08-13')
    expect(serialToLocal(44785 + 1 / 86400, false)).toBe('2022-08-12T00:00:01')
  })

  it('round-trips every date and second through a serial, in both systems (property)', () => {
    // 1900: 1 (1900-01-01) … 2958465 (9999-12-31) without the phantom 60; 1904: 0 … 2957003.
    const day = fc.integer({ min: 1, max: 2_958_465 }).filter((d) => d !== 60)
    const second = fc.integer({ min: 0, max: 86_399 })
    fc.assert(
      fc.property(day, second, fc.boolean(), (d, s, date1904) => {
        const serial = (date1904 ? Math.max(0, d - 1463) : d) + s / 86_400
        const local = serialToLocal(serial, date1904)
        expect(local).not.toBeNull()
        expect(localToSerial(local!, date1904)).toBeCloseTo(serial, 6)
        expect(serialToLocal(localToSerial(local!, date1904)!, date1904)).toBe(local)
      }),
      { numRuns: 300 },
    )
  })
})

describe('text dates', () => {
  it.each([
    ['2022-08-12', '2022-08-12'],
    ['2022/8/1', '2022-08-01'],
    ['20220812', '2022-08-12'],
    ['12/08/2022', '2022-08-12'],
    ['12.08.22', '2022-08-12'],
    ['12 Agustus 2022', '2022-08-12'],
    ['1 Mei 2022', '2022-05-01'],
    ['5 Okt 2022', '2022-10-05'],
    ['24 Des 2029', '2029-12-24'],
    ['17 Pebruari 2023', '2023-02-17'],
    ['12-Aug-2022', '2022-08-12'],
    ['Aug 12, 2022', '2022-08-12'],
    ['August 12th 2022', '2022-08-12'],
    ['1er août 2030', '2030-08-01'],
    ['3 févr. 2024', '2024-02-03'],
    ['Senin, 15 Agustus 2022', '2022-08-15'],
    ['Monday, 1 August 2022', '2022-08-01'],
    ['12/08/2022 14:30', '2022-08-12T14:30'],
    ['12 Agustus 2022 pukul 09.00 WIB', '2022-08-12T09:00'],
    ['2022-08-12T08:55:01', '2022-08-12T08:55:01'],
    ['12/08/2022 08:55:01 PM', '2022-08-12T20:55:01'],
    ['12/08/2022 12:00 AM', '2022-08-12'],
    ['2 mai 2022 14h30', '2022-05-02T14:30'],
  ])('%s → %s', (text, expected) => {
    expect(parseDateText(text, 'dmy')).toBe(expected)
  })

  it('reads m/d/y when the file says so', () => {
    expect(parseDateText('08/13/2022', 'mdy')).toBe('2022-08-13')
    expect(parseDateText('08/02/2022 08:55:01 AM', 'mdy')).toBe('2022-08-02T08:55:01')
  })

  it('refuses impossible and non-dates', () => {
    for (const t of [
      '31/02/2022',
      '29/02/2023',
      '00/01/2022',
      '13/13/2022',
      'not a date',
      '12345',
      '25:00 12/08/2022',
      '12/08/2022 25:00',
      'Smarch 3, 2022',
    ]) {
      expect(parseDateText(t, 'dmy')).toBeNull()
    }
    expect(parseDateText('29/02/2024', 'dmy')).toBe('2024-02-29')
  })
})

describe('detectDateOrder', () => {
  it('a first part over 12 decides d/m; a second part over 12 decides m/d', () => {
    expect(detectDateOrder(['01/08/2022', '13/08/2022'])).toEqual({
      order: 'dmy',
      ambiguous: false,
    })
    expect(detectDateOrder(['08/01/2022', '08/13/2022'])).toEqual({
      order: 'mdy',
      ambiguous: false,
    })
  })

  it('all ambiguous, or contradictory, → d/m flagged ambiguous; no numeric dates → not flagged', () => {
    expect(detectDateOrder(['01/08/2022', '02/08/2022'])).toEqual({ order: 'dmy', ambiguous: true })
    expect(detectDateOrder(['13/08/2022', '08/13/2022'])).toEqual({ order: 'dmy', ambiguous: true })
    expect(detectDateOrder(['12 Agustus 2022', '2022-08-01'])).toEqual({
      order: 'dmy',
      ambiguous: false,
    })
  })
})
