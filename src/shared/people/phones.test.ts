import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePhone, parsePhones } from './phones'

describe('parsePhone', () => {
  it('reads international numbers and keeps raw exactly', () => {
    expect(parsePhone('+679 331 1234')).toEqual({ raw: '+679 331 1234', e164: '+6793311234' })
    expect(parsePhone(' (+682) 29 347 ')).toEqual({ raw: ' (+682) 29 347 ', e164: '+68229347' })
    expect(parsePhone('+62 21 3841234').e164).toBe('+62213841234')
    // From the sample registrations: Tonga, Vanuatu and Samoa fixed lines have 5 digits.
    expect(parsePhone('+676 23600').e164).toBe('+67623600')
    expect(parsePhone('+678 22413').e164).toBe('+67822413')
    expect(parsePhone('+685 21171').e164).toBe('+68521171')
  })

  it('uses the default country for national numbers', () => {
    expect(parsePhone('331 1234', 'FJ')).toEqual({ raw: '331 1234', e164: '+6793311234' })
    expect(parsePhone('0812-3456-7890', 'ID').e164).toBe('+6281234567890')
    expect(parsePhone('331 1234').e164).toBeUndefined()
  })

  it('restores the + that Excel dropped', () => {
    expect(parsePhone(6793311234)).toEqual({ raw: '6793311234', e164: '+6793311234' })
    // Not a Fijian number, so the lost '+' is restored: a Samoan mobile in Fiji's sheet.
    expect(parsePhone('6857712345', 'FJ').e164).toBe('+6857712345')
    // An Indonesian mobile stored as a number lost its leading 0; the default country restores it.
    expect(parsePhone(81234567890, 'ID').e164).toBe('+6281234567890')
  })

  it('extracts the number from WhatsApp and label text', () => {
    expect(parsePhone('WA: +685 7712345')).toEqual({ raw: 'WA: +685 7712345', e164: '+6857712345' })
    expect(parsePhone('Mobile/WhatsApp +676 7712345').e164).toBe('+6767712345')
  })

  it('leaves junk without e164', () => {
    for (const junk of ['', 'n/a', 'none', '123', '+999 123', 'call the embassy', '∞']) {
      expect(parsePhone(junk), junk).toEqual({ raw: junk })
    }
    expect(parsePhone(Number.NaN)).toEqual({ raw: '' })
    expect(parsePhone('+679 331 1234', 'XX').e164).toBe('+6793311234')
  })

  it('never throws and only ever returns schema-valid E.164', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^\+?[\d ()-]{0,20}$/)),
        fc.constantFrom(undefined, 'FJ', 'ID', 'ws', 'XX'),
        (raw, country) => {
          const phone = parsePhone(raw, country)
          expect(phone.raw).toBe(raw.slice(0, 100))
          if (phone.e164 !== undefined) expect(phone.e164).toMatch(/^\+[1-9]\d{6,14}$/)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('parsePhones', () => {
  it('splits a cell with several numbers', () => {
    expect(parsePhones('+679 331 1234; WA +679 999 8888').map((p) => p.e164)).toEqual([
      '+6793311234',
      '+6799998888',
    ])
    expect(parsePhones('331 1234 / 999 8888', 'FJ').map((p) => p.e164)).toEqual([
      '+6793311234',
      '+6799998888',
    ])
    expect(parsePhones('')).toEqual([])
  })
})
