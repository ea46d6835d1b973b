import type { Table } from 'dexie'
import type { z } from 'zod'
import {
  ROOM_SECRET_FIELDS,
  roomSchema,
  sessionSchema,
  type AgendaRoom,
  type AgendaSession,
  type Breakout,
} from '../../../shared/agenda/model'
import type { ParsedRoom } from '../../../shared/agenda/room-input'
import type { ParsedSession } from '../../../shared/agenda/session-input'
import type { ChangeLogRecord } from './database'
import { keepOrSeal, openSecretOrKeep, sealSecret } from './secrets'
import { assertWritable, diffFields, type Store, changeLogger } from './store'

// Sessions and virtual rooms of an event. Room passcodes and host keys are secrets: stored
// sealed (see secrets.ts), opened on read, and the change log records that they changed, never
// their values.

export interface AgendaData {
  sessions: AgendaSession[]
  rooms: AgendaRoom[]
}

/** What undoing a room's removal needs: the room and the sessions that named it. */
export interface RoomRemoval {
  room: AgendaRoom
  sessionsBefore: AgendaSession[]
}

export interface AgendaSettingRecord {
  eventId: string
  key: string
  value: unknown
}

const HIDDEN = '••••'

function redactSecrets(changes: ChangeLogRecord['changes']): ChangeLogRecord['changes'] {
  return changes.map((c) =>
    (ROOM_SECRET_FIELDS as readonly string[]).includes(c.field)
      ? { field: c.field, from: c.from ? HIDDEN : '', to: c.to ? HIDDEN : '' }
      : c,
  )
}

/** A stored room with its secrets readable (a value this computer cannot open stays sealed). */
async function openRoom(room: AgendaRoom): Promise<AgendaRoom> {
  const [passcode, hostKey] = await Promise.all([
    openSecretOrKeep(room.passcode),
    openSecretOrKeep(room.hostKey),
  ])
  return { ...room, passcode, hostKey }
}

export function createAgendaRepo(store: Store) {
  const { db } = store
  // Looked up when used: a database from a newer app version, opened read-only, may lack them.
  const has = (name: string) => db.tables.some((t) => t.name === name)
  const sessions = () => db.table('sessions') as Table<AgendaSession, string>
  const rooms = () => db.table('rooms') as Table<AgendaRoom, string>
  const settings = () => db.table('agendaSettings') as Table<AgendaSettingRecord, [string, string]>
  const log = changeLogger(store)

  async function loadEvent(eventId: string): Promise<AgendaData> {
    if (!has('sessions') || !has('rooms')) return { sessions: [], rooms: [] }
    const loaded = await db.transaction('r', sessions(), rooms(), async () => ({
      sessions: (await sessions().where('eventId').equals(eventId).sortBy('start')).filter(
        (s) => sessionSchema.safeParse(s).success,
      ),
      rooms: (await rooms().where('eventId').equals(eventId).toArray())
        .filter((r) => roomSchema.safeParse(r).success)
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    // Opened after the transaction: WebCrypto is not IndexedDB and would end it.
    return { ...loaded, rooms: await Promise.all(loaded.rooms.map(openRoom)) }
  }

  async function addSession(eventId: string, input: ParsedSession): Promise<AgendaSession> {
    assertWritable(store)
    const at = store.now().toISOString()
    const record = sessionSchema.parse({
      ...input,
      id: store.newId(),
      eventId,
      createdAt: at,
      updatedAt: at,
    })
    await db.transaction('rw', sessions(), db.changeLog, async () => {
      await sessions().add(record)
      await log(
        { entity: 'session', entityId: record.id, eventId, action: 'create', changes: [] },
        at,
      )
    })
    return record
  }

  async function updateSession(id: string, input: ParsedSession): Promise<AgendaSession> {
    assertWritable(store)
    return db.transaction('rw', sessions(), db.changeLog, async () => {
      const before = await sessions().get(id)
      if (!before) throw new Error('session not found')
      const at = store.now().toISOString()
      const after = sessionSchema.parse({ ...before, ...input, updatedAt: at })
      const changes = diffFields(before, after)
      if (changes.length === 0) return before
      await sessions().put(after)
      await log(
        { entity: 'session', entityId: id, eventId: after.eventId, action: 'update', changes },
        at,
      )
      return after
    })
  }

  /** Removes a session; returns it so the removal can be undone. */
  async function removeSession(id: string): Promise<AgendaSession> {
    assertWritable(store)
    return db.transaction('rw', sessions(), db.changeLog, async () => {
      const before = await sessions().get(id)
      if (!before) throw new Error('session not found')
      await sessions().delete(id)
      const at = store.now().toISOString()
      await log(
        { entity: 'session', entityId: id, eventId: before.eventId, action: 'delete', changes: [] },
        at,
      )
      return before
    })
  }

  async function restoreSession(session: AgendaSession): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', sessions(), db.changeLog, async () => {
      await sessions().put(session)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'session',
          entityId: session.id,
          eventId: session.eventId,
          action: 'restore',
          changes: [],
        },
        at,
      )
    })
  }

  async function addRoom(eventId: string, input: ParsedRoom): Promise<AgendaRoom> {
    assertWritable(store)
    const at = store.now().toISOString()
    const sealed = {
      ...input,
      passcode: await sealSecret(input.passcode),
      hostKey: await sealSecret(input.hostKey),
    }
    const record = roomSchema.parse({
      ...sealed,
      breakouts: [],
      id: store.newId(),
      eventId,
      createdAt: at,
      updatedAt: at,
    })
    await db.transaction('rw', rooms(), db.changeLog, async () => {
      await rooms().add(record)
      await log({ entity: 'room', entityId: record.id, eventId, action: 'create', changes: [] }, at)
    })
    return openRoom(record)
  }

  async function changeRoom(
    id: string,
    change: (room: AgendaRoom) => AgendaRoom,
  ): Promise<AgendaRoom> {
    assertWritable(store)
    return db.transaction('rw', rooms(), db.changeLog, async () => {
      const before = await rooms().get(id)
      if (!before) throw new Error('room not found')
      const at = store.now().toISOString()
      const after = roomSchema.parse({ ...change(before), updatedAt: at })
      const changes = redactSecrets(diffFields(before, after))
      if (changes.length === 0) return before
      await rooms().put(after)
      await log(
        { entity: 'room', entityId: id, eventId: after.eventId, action: 'update', changes },
        at,
      )
      return after
    })
  }

  /** Saves the form; an unchanged secret keeps its stored ciphertext (no change-log entry). */
  async function updateRoom(id: string, input: ParsedRoom): Promise<AgendaRoom> {
    assertWritable(store)
    const stored = await rooms().get(id)
    const passcode = await keepOrSeal(stored?.passcode, input.passcode)
    const hostKey = await keepOrSeal(stored?.hostKey, input.hostKey)
    return openRoom(await changeRoom(id, (r) => ({ ...r, ...input, passcode, hostKey })))
  }

  async function setBreakouts(id: string, breakouts: Breakout[]): Promise<AgendaRoom> {
    return openRoom(await changeRoom(id, (r) => ({ ...r, breakouts })))
  }

  /** Removes a room and takes it off the sessions that named it, in one transaction. */
  async function removeRoom(id: string): Promise<RoomRemoval> {
    assertWritable(store)
    return db.transaction('rw', rooms(), sessions(), db.changeLog, async () => {
      const room = await rooms().get(id)
      if (!room) throw new Error('room not found')
      const at = store.now().toISOString()
      const named = (await sessions().where('eventId').equals(room.eventId).toArray()).filter((s) =>
        s.roomIds.includes(id),
      )
      for (const s of named) {
        const after = { ...s, roomIds: s.roomIds.filter((r) => r !== id), updatedAt: at }
        await sessions().put(after)
        await log(
          {
            entity: 'session',
            entityId: s.id,
            eventId: s.eventId,
            action: 'update',
            changes: diffFields(s, after),
          },
          at,
        )
      }
      await rooms().delete(id)
      await log(
        { entity: 'room', entityId: id, eventId: room.eventId, action: 'delete', changes: [] },
        at,
      )
      return { room, sessionsBefore: named }
    })
  }

  async function restoreRoom(removal: RoomRemoval): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', rooms(), sessions(), db.changeLog, async () => {
      const at = store.now().toISOString()
      await rooms().put(removal.room)
      for (const s of removal.sessionsBefore) {
        const current = await sessions().get(s.id)
        if (current)
          await sessions().put({
            ...current,
            roomIds: [...new Set([...current.roomIds, removal.room.id])],
          })
      }
      await log(
        {
          entity: 'room',
          entityId: removal.room.id,
          eventId: removal.room.eventId,
          action: 'restore',
          changes: [],
        },
        at,
      )
    })
  }

  /** A per-event setting, read through its schema; undefined when absent or unreadable. */
  async function getSetting<S extends z.ZodType>(
    eventId: string,
    key: string,
    schema: S,
  ): Promise<z.infer<S> | undefined> {
    if (!has('agendaSettings')) return undefined
    const record = await settings().get([eventId, key])
    const parsed = schema.safeParse(record?.value)
    return parsed.success ? parsed.data : undefined
  }

  async function setSetting(eventId: string, key: string, value: unknown): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', settings(), db.changeLog, async () => {
      const before = await settings().get([eventId, key])
      await settings().put({ eventId, key, value })
      const at = store.now().toISOString()
      await log(
        {
          entity: 'agendaSetting',
          entityId: `${eventId}:${key}`,
          eventId,
          action: before ? 'update' : 'create',
          changes: [{ field: key, from: before?.value ?? null, to: value }],
        },
        at,
      )
    })
  }

  return {
    loadEvent,
    addSession,
    updateSession,
    removeSession,
    restoreSession,
    addRoom,
    updateRoom,
    setBreakouts,
    removeRoom,
    restoreRoom,
    getSetting,
    setSetting,
  }
}
