import { describe, expect, it } from 'vitest'
import { changesFor, diffFacts } from './fact-diff'
import { buildFacts } from './facts'
import { sampleInput } from './test-event'

describe('diffFacts', () => {
  it('reports "countries: 17 → 18" with the added name', () => {
    const before = sampleInput()
    const after = sampleInput()
    after.delegations = [...after.delegations, { id: 'd-AU', kind: 'country', countryCode: 'AU' }]
    after.participants = [
      ...after.participants,
      {
        id: 'p-AU',
        contactId: 'c-AU',
        delegationId: 'd-AU',
        role: 'delegate',
        status: 'confirmed',
        mode: 'online',
      },
    ]
    const changes = diffFacts(buildFacts(before), buildFacts(after))
    const id = changesFor(changes, 'id')
    expect(id.find((c) => c.key === 'countries.count')).toMatchObject({ before: '17', after: '18' })
    expect(id.find((c) => c.key === 'countries.list')).toMatchObject({
      added: ['Australia'],
      removed: [],
    })
    expect(id.map((c) => c.key)).toEqual([
      'countries.list',
      'countries.count',
      'delegations.count',
      'participants.count',
      'participants.online',
    ])
    expect(id.every((c) => c.lang === 'id')).toBe(true)
  })

  it('is empty when nothing changed', () => {
    expect(diffFacts(buildFacts(sampleInput()), buildFacts(sampleInput()))).toEqual([])
  })

  it('shows a change made only in the other language', () => {
    const after = sampleInput()
    after.profile = { ...after.profile, organisersEn: 'The Ministry' }
    const shown = changesFor(diffFacts(buildFacts(sampleInput()), buildFacts(after)), 'id')
    expect(shown).toEqual([
      expect.objectContaining({ key: 'event.organisers', lang: 'en', after: 'The Ministry' }),
    ])
  })
})
