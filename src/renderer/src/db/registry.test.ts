import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { ParsedParticipant } from '../../../shared/registry/participant-input'
import { openWithWorkshop, workshop } from './test-event'

const setup = () => openWithWorkshop('registry')

function person(
  given: string,
  family: string,
  over: Partial<ParsedParticipant['participant']> = {},
  country = 'FJ',
): ParsedParticipant {
  return {
    contact: {
      honorific: '',
      givenName: given,
      familyName: family,
      fullName: '',
      gender: 'unspecified',
      organisation: 'MoFA',
      position: '',
      emails: [`${given.toLowerCase()}@gov.fj`],
      phones: [],
      nationality: country,
      notes: '',
    },
    participant: {
      role: 'delegate',
      mode: 'in_person',
      status: 'invited',
      dietary: '',
      accessibility: '',
      tags: [],
      documents: { nominationLetter: false, passportNumber: '', visaLetter: 'not_needed' },
      notes: '',
      ...over,
    },
    delegation: { kind: 'country', countryCode: country },
  }
}

describe('registry repositories', () => {
  it('adds people into one delegation per country and keeps one head', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(eventId, person('Jone', 'Vakarau', { role: 'head' }))
    const b = await repos.participants.add(eventId, person('Mere', 'Tuisawau', { role: 'head' }))
    expect(b.demoted.map((p) => p.id)).toEqual([a.participant.id])
    const registry = await repos.participants.loadEvent(eventId)
    expect(registry.delegations).toHaveLength(1)
    expect(registry.participants.filter((p) => p.role === 'head').map((p) => p.id)).toEqual([
      b.participant.id,
    ])
    expect(registry.contacts.get(a.participant.contactId)?.nameKey).toBe('jone vakarau')
  })

  it('reads a first page of an event with its contacts, and how many there are', async () => {
    const { repos, eventId } = await setup()
    await repos.participants.add(eventId, person('Jone', 'Vakarau'))
    await repos.participants.add(eventId, person('Sione', 'Tupou', {}, 'TO'))
    await repos.participants.add(eventId, person('Mere', 'Tuisawau'))
    const other = await repos.events.create({ ...workshop, nameEn: 'Other' })
    await repos.participants.add(other.id, person('Ana', 'Tuilagi', {}, 'WS'))
    const { registry, total } = await repos.participants.loadFirstPage(eventId, 2)
    expect(total).toBe(3)
    expect(registry.participants).toHaveLength(2)
    for (const p of registry.participants) {
      expect(p.eventId).toBe(eventId)
      expect(registry.contacts.get(p.contactId)).toBeDefined()
    }
    expect(registry.delegations.map((d) => d.countryCode).sort()).toEqual(['FJ', 'TO'])
    const whole = await repos.participants.loadEvent(eventId)
    expect(whole.participants.slice(0, 2)).toEqual(registry.participants)
  })

  it('bulk changes status and undoes it exactly', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(eventId, person('Jone', 'Vakarau'))
    const b = await repos.participants.add(eventId, person('Sione', 'Tupou', {}, 'TO'))
    const before = (await repos.participants.loadEvent(eventId)).participants
    const undo = await repos.participants.bulkUpdate([a.participant.id, b.participant.id], {
      status: 'confirmed',
      addTags: ['pacific'],
    })
    const changed = (await repos.participants.loadEvent(eventId)).participants
    expect(changed.every((p) => p.status === 'confirmed' && p.tags.includes('pacific'))).toBe(true)
    await repos.participants.undo(undo)
    expect(
      (await repos.participants.loadEvent(eventId)).participants.sort((x, y) =>
        x.id.localeCompare(y.id),
      ),
    ).toEqual(before.sort((x, y) => x.id.localeCompare(y.id)))
  })

  it('deletes with undo and keeps the contact', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(eventId, person('Jone', 'Vakarau'))
    const undo = await repos.participants.remove([a.participant.id])
    expect((await repos.participants.loadEvent(eventId)).participants).toEqual([])
    expect((await repos.contacts.list()).map((c) => c.id)).toEqual([a.participant.contactId])
    await repos.participants.undo(undo)
    expect((await repos.participants.loadEvent(eventId)).participants).toEqual([a.participant])
  })

  it('records field changes in the history, newest first', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(eventId, person('Jone', 'Vakarau'))
    const edited = person('Jone', 'Vakarau', { status: 'confirmed' })
    edited.contact.position = 'Director'
    await repos.participants.update(a.participant.id, edited)
    const history = await repos.participants.history(a.participant.id)
    const fields = history.flatMap((h) =>
      h.changes.map((c) => `${h.entity}.${c.field}:${String(c.from)}→${String(c.to)}`),
    )
    expect(fields).toEqual(
      expect.arrayContaining([
        'participant.status:invited→confirmed',
        'contact.position:→Director',
      ]),
    )
    expect(history.at(-1)?.action).toBe('create')
  })

  it('merges two contacts keeping every participation', async () => {
    const { repos, eventId } = await setup()
    const other = await repos.events.create({
      nameEn: 'Conference',
      kind: 'conference',
      startDate: '2027-01-01',
      endDate: '2027-01-02',
      timeZone: 'Asia/Makassar',
      mode: 'hybrid',
    })
    const a = await repos.participants.add(eventId, person('Jone', 'Vakarau'))
    const b = await repos.participants.add(other.id, person('JONE', 'VAKARAU'))
    const merged = await repos.contacts.merge(a.participant.contactId, b.participant.contactId)
    expect(merged.mergedFrom).toEqual([b.participant.contactId])
    const events = (await repos.contacts.participations(merged.id))
      .map((p) => p.participant.eventId)
      .sort()
    expect(events).toEqual([eventId, other.id].sort())
    expect((await repos.contacts.list()).map((c) => c.id)).toEqual([merged.id])
  })

  it('invites the alumni of a past event into a new one, once', async () => {
    const { repos, eventId } = await setup()
    const a = await repos.participants.add(
      eventId,
      person('Jone', 'Vakarau', { role: 'head', status: 'attended' }),
    )
    const next = await repos.events.create({
      nameEn: 'Follow-up',
      kind: 'conference',
      startDate: '2027-03-01',
      endDate: '2027-03-02',
      timeZone: 'Asia/Jakarta',
      mode: 'online',
    })
    const undo = await repos.contacts.addToEvent([a.participant.contactId], next.id)
    await repos.contacts.addToEvent([a.participant.contactId], next.id)
    const registry = await repos.participants.loadEvent(next.id)
    expect(registry.participants).toHaveLength(1)
    expect(registry.participants[0]).toMatchObject({ status: 'invited', role: 'delegate' })
    expect(registry.delegations[0]?.countryCode).toBe('FJ')
    await repos.participants.undo(undo)
    expect((await repos.participants.loadEvent(next.id)).participants).toEqual([])
  })
})
