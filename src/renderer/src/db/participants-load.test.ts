import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Participant } from '../../../shared/registry/model'
import { openDatabase } from './database'
import { createRepositories } from './index'
import type { StoredContact } from './registry-types'
import { createStore } from './store'
import { makeContact, makeParticipant } from '../../../shared/registry/test-records'

function contact(i: number): StoredContact {
  return {
    ...makeContact(`c${String(i).padStart(5, '0')}`, {
      givenName: `Given${i}`,
      familyName: `Family${i}`,
    }),
    nameKey: `family${i} given${i}`,
  }
}

function participant(eventId: string, i: number, contactIndex: number): Participant {
  return makeParticipant(`${eventId}-p${i}`, contact(contactIndex).id, { eventId, mode: 'online' })
}

describe('loading an event', () => {
  it('returns exactly the event’s contacts, whether it holds a large share or a few', async () => {
    const opened = await openDatabase(`load-event-${Date.now()}`)
    const { db } = opened
    // A directory of 3,000; a large event of 1,500 (every other contact), a small one of 200.
    await db.contacts.bulkAdd(Array.from({ length: 3_000 }, (_, i) => contact(i)))
    const large = Array.from({ length: 1_500 }, (_, i) => participant('large', i, i * 2))
    const small = Array.from({ length: 200 }, (_, i) => participant('small', i, 2_999 - i * 3))
    // A participant whose contact is gone is kept; the contact is simply absent.
    large.push({ ...participant('large', 1_500, 0), contactId: 'missing' })
    await db.participants.bulkAdd([...large, ...small])
    const repos = createRepositories(createStore(db, false))

    for (const [eventId, expected] of [
      ['large', large],
      ['small', small],
    ] as const) {
      const loaded = await repos.participants.loadEvent(eventId)
      expect(loaded.participants).toHaveLength(expected.length)
      const wanted = new Set(expected.map((p) => p.contactId).filter((id) => id !== 'missing'))
      expect([...loaded.contacts.keys()].sort()).toEqual([...wanted].sort())
      for (const [id, c] of loaded.contacts) expect(c).toEqual(contact(Number(id.slice(1))))
    }
    db.close()
  })
})
