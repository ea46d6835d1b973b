import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { mergePeople } from './registry-merge'
import { openWithWorkshop, workshop } from './test-event'
import { parsedPerson } from './test-participant'

describe('refreshing a few people of a loaded registry', () => {
  it('gives what reading the whole event again gives, after an edit, an add and a removal', async () => {
    const { repos, eventId } = await openWithWorkshop('merge')
    const jone = await repos.participants.add(eventId, parsedPerson('Jone', 'Vakarau'))
    const sione = await repos.participants.add(eventId, parsedPerson('Sione', 'Tupou'))
    const loaded = await repos.participants.loadEvent(eventId)

    const edited = parsedPerson('Jone', 'Vakarau', { country: 'WS' })
    edited.contact.position = 'Director'
    await repos.participants.update(jone.participant.id, edited)
    const mele = await repos.participants.add(
      eventId,
      parsedPerson('Mele', 'Taufa', { country: 'TO' }),
    )
    await repos.participants.remove([sione.participant.id])

    const ids = [jone.participant.id, mele.participant.id, sione.participant.id]
    const merged = mergePeople(loaded, await repos.participants.loadPeople(eventId, ids))
    const whole = await repos.participants.loadEvent(eventId)
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(merged.participants)).toEqual(byId(whole.participants))
    expect(byId(merged.delegations)).toEqual(byId(whole.delegations))
    for (const p of whole.participants)
      expect(merged.contacts.get(p.contactId)).toEqual(whole.contacts.get(p.contactId))
    expect(merged.contacts.get(jone.participant.contactId)?.position).toBe('Director')
  })

  it('ignores a participant of another event', async () => {
    const { repos, eventId } = await openWithWorkshop('merge-other')
    const other = await repos.events.create({ ...workshop, nameEn: 'Other' })
    const elsewhere = await repos.participants.add(other.id, parsedPerson('Ana', 'Tuilagi'))
    const update = await repos.participants.loadPeople(eventId, [elsewhere.participant.id])
    expect(update.participants).toEqual([])
    expect(update.missing).toEqual([elsewhere.participant.id])
  })
})
