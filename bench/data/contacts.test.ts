import { describe, expect, it } from 'vitest'
import { contactV1toV2 } from '../../src/renderer/src/db/migrations'
import { contactSchema } from '../../src/shared/registry/model'
import { contactAt, generateContacts, generateStoredContacts } from './contacts'

describe('generated contacts', () => {
  const sample = generateContacts(0, 2_000)

  it('are the same on every run and record i can be regenerated alone', () => {
    expect(generateContacts(0, 2_000)).toEqual(sample)
    expect(contactAt(1_234)).toEqual(sample[1_234])
    expect(contactAt(1_234, 7)).not.toEqual(sample[1_234])
  })

  it('are valid for the app’s contact schema, unchanged by parsing', () => {
    for (const contact of sample) expect(contactSchema.parse(contact)).toEqual(contact)
  })

  it('are stored as the app stores them, with the name key the v2 migration derives', () => {
    const stored = generateStoredContacts(0, 200)
    for (const [i, record] of stored.entries()) {
      expect(record).toEqual(contactV1toV2({ ...sample[i] }))
      expect(record.nameKey).not.toBe('')
    }
  })

  it('have unique ids across a benchmark-sized set', () => {
    const ids = new Set(generateContacts(0, 100_000).map((c) => c.id))
    expect(ids.size).toBe(100_000)
  })

  it('look varied: several nationalities, single-name records, second e-mails and phones', () => {
    expect(new Set(sample.map((c) => c.nationality)).size).toBeGreaterThanOrEqual(8)
    expect(sample.some((c) => c.familyName === '' && c.fullName === c.givenName)).toBe(true)
    expect(sample.some((c) => c.emails.length === 2)).toBe(true)
    expect(sample.some((c) => c.phones.length === 2)).toBe(true)
    expect(sample.every((c) => c.createdAt <= c.updatedAt)).toBe(true)
  })
})
