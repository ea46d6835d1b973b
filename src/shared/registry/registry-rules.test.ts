import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyBulkPatch, reassignHead } from './bulk'
import { mergeContacts } from './merge'
import type { Contact, Participant } from './model'
import { makeContact, makeParticipant } from './test-records'

const at = '2026-11-28T00:00:00.000Z'
const contact = (over: Partial<Contact>): Contact => makeContact('c1', over)
const participant = (over: Partial<Participant>): Participant =>
  makeParticipant('p1', 'c1', { createdAt: at, updatedAt: at, ...over })

describe('mergeContacts', () => {
  it('keeps the kept values, fills blanks and unites lists', () => {
    const keep = contact({
      givenName: 'Jone',
      familyName: 'Vakarau',
      emails: ['jone@gov.fj'],
      phones: [{ raw: '+679 331 1234', e164: '+6793311234' }],
    })
    const other = contact({
      id: 'c2',
      givenName: 'J.',
      position: 'Director',
      emails: ['JONE@gov.fj', 'jv@mail.fj'],
      phones: [{ raw: '3311234', e164: '+6793311234' }],
      nationality: 'FJ',
      notes: 'Vegetarian',
    })
    const merged = mergeContacts(keep, other, at)
    expect(merged.givenName).toBe('Jone')
    expect(merged.position).toBe('Director')
    expect(merged.nationality).toBe('FJ')
    expect(merged.emails).toEqual(['jone@gov.fj', 'jv@mail.fj'])
    expect(merged.phones).toHaveLength(1)
    expect(merged.notes).toBe('Vegetarian')
    expect(merged.id).toBe('c1')
  })

  it('loses no email of either side', () => {
    const email = fc.emailAddress()
    fc.assert(
      fc.property(fc.array(email, { maxLength: 4 }), fc.array(email, { maxLength: 4 }), (a, b) => {
        const merged = mergeContacts(contact({ emails: a }), contact({ id: 'c2', emails: b }), at)
        const lower = new Set(merged.emails.map((e) => e.toLowerCase()))
        return [...a, ...b].every((e) => lower.has(e.toLowerCase()))
      }),
    )
  })
})

describe('bulk patch', () => {
  it('adds and removes tags without duplicates', () => {
    const p = participant({ tags: ['pacific', 'alumni'] })
    const next = applyBulkPatch(p, { addTags: ['alumni', 'vip'], removeTags: ['pacific'] }, at)
    expect(next.tags).toEqual(['alumni', 'vip'])
  })

  it('returns the same object when nothing changes', () => {
    const p = participant({ status: 'confirmed' })
    expect(applyBulkPatch(p, { status: 'confirmed' }, at)).toBe(p)
  })
})

describe('head of delegation', () => {
  it('demotes the previous head when a new one is chosen', () => {
    const members = [
      participant({ id: 'a', role: 'head' }),
      participant({ id: 'b' }),
      participant({ id: 'c', role: 'adviser' }),
    ]
    const changes = reassignHead(members, 'b', at)
    expect(changes.map((p) => [p.id, p.role])).toEqual([
      ['a', 'delegate'],
      ['b', 'head'],
    ])
  })
})
