import { describe, expect, it } from 'vitest'
import {
  holdsPassportData,
  isPurgeDue,
  isValidPurgeDays,
  purgeDueDate,
  withoutPassportData,
} from './passport-purge'

describe('passport retention', () => {
  it('is due a chosen number of days after the event ended', () => {
    expect(purgeDueDate('2026-08-12', 30)).toBe('2026-09-11')
    expect(purgeDueDate('2026-12-20', 14)).toBe('2027-01-03')
    expect(purgeDueDate('2028-02-28', 1)).toBe('2028-02-29')
    expect(isPurgeDue('2026-08-12', 30, '2026-09-10')).toBe(false)
    expect(isPurgeDue('2026-08-12', 30, '2026-09-11')).toBe(true)
    expect(isPurgeDue('2026-08-12', 0, '2026-08-12')).toBe(true)
  })

  it('accepts whole days from 0 to ten years', () => {
    expect([0, 30, 3650].map(isValidPurgeDays)).toEqual([true, true, true])
    expect([-1, 1.5, 3651, NaN].map(isValidPurgeDays)).toEqual([false, false, false, false])
  })

  it('removes the number and expiry and keeps the rest of the checklist', () => {
    const documents = {
      nominationLetter: true,
      passportNumber: 'FJ1234567',
      passportExpiry: '2030-01-01',
      visaLetter: 'issued' as const,
    }
    expect(withoutPassportData(documents)).toEqual({
      nominationLetter: true,
      passportNumber: '',
      visaLetter: 'issued',
    })
    expect(holdsPassportData({ documents })).toBe(true)
    expect(holdsPassportData({ documents: withoutPassportData(documents) })).toBe(false)
    expect(
      holdsPassportData({ documents: { passportNumber: '', passportExpiry: '2030-01-01' } }),
    ).toBe(true)
  })
})
