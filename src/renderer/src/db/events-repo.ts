import { eventInput, type EventInput, type EventRecord } from '../../../shared/events/model'
import { assertWritable, diffFields, type Store } from './store'

export function createEventsRepo(store: Store) {
  const { db } = store

  async function list(options: { includeArchived?: boolean } = {}): Promise<EventRecord[]> {
    const all = await db.events.toArray()
    const visible = options.includeArchived ? all : all.filter((e) => !e.archivedAt)
    return visible.sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || a.nameEn.localeCompare(b.nameEn),
    )
  }

  async function get(id: string): Promise<EventRecord | undefined> {
    return db.events.get(id)
  }

  async function create(input: EventInput): Promise<EventRecord> {
    assertWritable(store)
    const parsed = eventInput.parse(input)
    const at = store.now().toISOString()
    const record: EventRecord = { ...parsed, id: store.newId(), createdAt: at, updatedAt: at }
    await db.transaction('rw', db.events, db.changeLog, async () => {
      await db.events.add(record)
      await db.changeLog.add({
        at,
        actor: store.actor(),
        entity: 'event',
        entityId: record.id,
        eventId: record.id,
        action: 'create',
        changes: [],
      })
    })
    return record
  }

  async function update(id: string, input: EventInput): Promise<EventRecord> {
    assertWritable(store)
    const parsed = eventInput.parse(input)
    return db.transaction('rw', db.events, db.changeLog, async () => {
      const before = await db.events.get(id)
      if (!before) throw new Error(`event ${id} not found`)
      const at = store.now().toISOString()
      const after: EventRecord = { ...before, ...parsed, updatedAt: at }
      const changes = diffFields(before, after)
      if (changes.length === 0) return before
      await db.events.put(after)
      await db.changeLog.add({
        at,
        actor: store.actor(),
        entity: 'event',
        entityId: id,
        eventId: id,
        action: 'update',
        changes,
      })
      return after
    })
  }

  /** Archiving hides an event from the switcher; nothing is deleted and it can be restored. */
  async function setArchived(id: string, archived: boolean): Promise<EventRecord> {
    assertWritable(store)
    return db.transaction('rw', db.events, db.changeLog, async () => {
      const before = await db.events.get(id)
      if (!before) throw new Error(`event ${id} not found`)
      const at = store.now().toISOString()
      const after: EventRecord = { ...before, updatedAt: at }
      if (archived) after.archivedAt = at
      else delete after.archivedAt
      await db.events.put(after)
      await db.changeLog.add({
        at,
        actor: store.actor(),
        entity: 'event',
        entityId: id,
        eventId: id,
        action: archived ? 'archive' : 'restore',
        changes: [
          { field: 'archivedAt', from: before.archivedAt ?? null, to: after.archivedAt ?? null },
        ],
      })
      return after
    })
  }

  return { list, get, create, update, setArchived }
}

export type EventsRepo = ReturnType<typeof createEventsRepo>
