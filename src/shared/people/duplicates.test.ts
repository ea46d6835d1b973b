import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateGroups } from './duplicate-groups'
import { classifyDuplicate, type DuplicateCandidate } from './duplicates'

const RANK = { certain: 3, probable: 2, possible: 1 } as const

const c = (id: string, fields: Omit<DuplicateCandidate, 'id'>): DuplicateCandidate => ({
  id,
  ...fields,
})

describe('classifyDuplicate', () => {
  it('is certain when an email is shared, whatever the names', () => {
    const a = c('a', { fullName: 'Ana Taufa', emails: [' Ana.Taufa@Gov.TO '] })
    const b = c('b', { fullName: 'A. T.', emails: ['other@x.to', 'ana.taufa@gov.to'] })
    expect(classifyDuplicate(a, b)).toBe('certain')
  })

  it('is probable for the same name and nationality', () => {
    const a = c('a', { givenName: 'Tuilaʻepa', familyName: 'Sailele', nationality: 'WS' })
    const b = c('b', { fullName: 'H.E. SAILELE Tuilaepa', nationality: 'WS' })
    expect(classifyDuplicate(a, b)).toBe('probable')
  })

  it('is possible for the same name with another or unknown nationality', () => {
    const a = c('a', { fullName: 'John Smith', nationality: 'AU' })
    expect(classifyDuplicate(a, c('b', { fullName: 'Smith John', nationality: 'NZ' }))).toBe(
      'possible',
    )
    expect(classifyDuplicate(a, c('b', { fullName: 'John Smith' }))).toBe('possible')
  })

  it('is possible for close spellings and dropped initials', () => {
    const a = c('a', { fullName: 'John Smith', nationality: 'FJ' })
    expect(classifyDuplicate(a, c('b', { fullName: 'Jon Smith', nationality: 'FJ' }))).toBe(
      'possible',
    )
    expect(classifyDuplicate(a, c('b', { fullName: 'John A. Smith' }))).toBe('possible')
    expect(
      classifyDuplicate(
        c('x', { fullName: 'Siosaia Tuʻipulotu' }),
        c('y', { fullName: 'Siosaia Tupulotu' }),
      ),
    ).toBe('possible')
  })

  it('is null for different people', () => {
    const a = c('a', { fullName: 'John Smith', nationality: 'FJ' })
    expect(classifyDuplicate(a, c('b', { fullName: 'Jane Doe', nationality: 'FJ' }))).toBeNull()
    // A typo apart but from different countries: too weak to bother a human.
    expect(classifyDuplicate(a, c('b', { fullName: 'Jon Smith', nationality: 'TO' }))).toBeNull()
    expect(classifyDuplicate(c('x', {}), c('y', {}))).toBeNull()
    expect(classifyDuplicate(c('x', { fullName: 'Li' }), c('y', { fullName: 'Lu' }))).toBeNull()
  })

  const contact = fc.record({
    id: fc.uuid(),
    givenName: fc.constantFrom('', 'Ana', 'Anna', 'Jon', 'John', 'José', 'Jose'),
    familyName: fc.constantFrom('', 'Taufa', 'Taufaa', 'Smith', 'Sailele'),
    fullName: fc.constantFrom('', 'Ana Taufa', 'H.E. John Smith'),
    emails: fc.array(fc.constantFrom('a@x.to', 'B@x.to', ' b@X.to', 'c@y.ws'), { maxLength: 2 }),
    nationality: fc.option(fc.constantFrom('TO', 'WS', 'FJ'), { nil: undefined }),
  })

  it('is symmetric', () => {
    fc.assert(
      fc.property(contact, contact, (a, b) => {
        expect(classifyDuplicate(a, b)).toBe(classifyDuplicate(b, a))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds a contact with an email certain against itself', () => {
    fc.assert(
      fc.property(contact, (a) => {
        fc.pre(a.emails.some((e) => e.trim() !== ''))
        expect(classifyDuplicate(a, a)).toBe('certain')
      }),
    )
  })
})

describe('findDuplicateGroups', () => {
  it('groups certain and probable duplicates, and reports possible ones as pairs', () => {
    const contacts = [
      c('1', { fullName: 'Ana Taufa', emails: ['ana@gov.to'], nationality: 'TO' }),
      c('2', { fullName: 'Taufa Ana', emails: ['ANA@gov.to'] }),
      c('3', { fullName: 'Ana Taufaa', nationality: 'TO' }),
      c('4', { fullName: 'Jane Doe', nationality: 'FJ' }),
      c('5', { fullName: 'Jane Doe', nationality: 'FJ' }),
      c('6', { fullName: 'Somebody Else', nationality: 'WS' }),
    ]
    const { pairs, groups } = findDuplicateGroups(contacts)
    expect(groups).toContainEqual({ ids: ['1', '2'], kind: 'certain' })
    expect(groups).toContainEqual({ ids: ['4', '5'], kind: 'probable' })
    expect(groups).toHaveLength(2)
    // A typo apart: reported for review, not merged into the group.
    expect(pairs).toContainEqual({ a: '1', b: '3', kind: 'possible' })
    expect(pairs).toContainEqual({ a: '1', b: '2', kind: 'certain' })
    expect(pairs).toContainEqual({ a: '4', b: '5', kind: 'probable' })
    expect(pairs.find((p) => p.a === '6' || p.b === '6')).toBeUndefined()
  })

  it('agrees with classifyDuplicate: every link is right, every flagged pair is grouped', () => {
    const contact = fc.record({
      id: fc.uuid(),
      givenName: fc.constantFrom('', 'Ana', 'Anna', 'Ena', 'Ane', 'Jon', 'John', 'J.'),
      familyName: fc.constantFrom('', 'Taufa', 'Taufaa', 'Smith', 'Smyth'),
      emails: fc.array(fc.constantFrom('a@x.to', 'b@x.to'), { maxLength: 1 }),
      nationality: fc.option(fc.constantFrom('TO', 'WS'), { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.uniqueArray(contact, { selector: (x) => x.id, maxLength: 14 }), (contacts) => {
        const { pairs, groups } = findDuplicateGroups(contacts)
        const byId = new Map(contacts.map((x) => [x.id, x]))
        for (const p of pairs)
          expect(classifyDuplicate(byId.get(p.a)!, byId.get(p.b)!)).toBe(p.kind)
        const groupOf = new Map<string, number>()
        groups.forEach((g, n) => g.ids.forEach((id) => groupOf.set(id, n)))
        // Every pair of any class is connected through the reported links …
        const root = new Map(contacts.map((x) => [x.id, x.id]))
        const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!))
        for (const p of pairs) root.set(find(p.a), find(p.b))
        for (let i = 0; i < contacts.length; i++) {
          for (let j = i + 1; j < contacts.length; j++) {
            const [a, b] = [contacts[i]!, contacts[j]!]
            const kind = classifyDuplicate(a, b)
            if (!kind) continue
            expect(find(a.id)).toBe(find(b.id))
            // … and every certain or probable pair sits in one group at least that strong.
            if (kind === 'possible') continue
            const g = groupOf.get(a.id)
            expect(g).toBeDefined()
            expect(groupOf.get(b.id)).toBe(g)
            expect(RANK[groups[g!]!.kind]).toBeGreaterThanOrEqual(RANK[kind])
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('scales to 100,000 contacts without comparing every pair', () => {
    // Pacific-looking names from syllables: many exact repeats and near misses, as in real data.
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const syllables = 'ta fa mo le si o ne ka lu pa ri na to va u ma se hi ko ni wa ja ti ro'.split(
      ' ',
    )
    const word = (min: number, max: number): string => {
      let text = ''
      for (let i = min + next(max - min + 1); i > 0; i--) text += syllables[next(syllables.length)]
      return text[0]!.toUpperCase() + text.slice(1)
    }
    const given = Array.from({ length: 300 }, () => word(2, 3))
    const contacts: DuplicateCandidate[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `c${i}`,
      givenName: given[next(given.length)]!,
      familyName: word(2, 4),
      emails: [`person${i}@example.org`],
      nationality: ['TO', 'WS', 'FJ', 'ID'][next(4)],
    }))
    contacts.push({ id: 'dup-email', fullName: 'Someone Else', emails: ['PERSON5@example.org'] })
    const typo = contacts[70]!
    contacts.push({ ...typo, id: 'dup-typo', emails: [], familyName: `${typo.familyName}x` })
    const started = performance.now()
    const { groups, pairs } = findDuplicateGroups(contacts)
    const elapsed = performance.now() - started
    const groupWith = (id: string) => groups.find((g) => g.ids.includes(id))
    expect(groupWith('dup-email')?.ids).toContain('c5')
    expect(groupWith('dup-email')?.kind).toBe('certain')
    const typoLink = pairs.find((p) => p.b === 'dup-typo')
    const original = contacts.find((x) => x.id === typoLink?.a)
    expect(typoLink?.kind).toBe('possible')
    expect([original?.givenName, original?.familyName]).toEqual([typo.givenName, typo.familyName])
    expect(elapsed).toBeLessThan(15_000)
  })
})
