import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { parseRoomDraft, emptyRoomDraft } from '../../../shared/agenda/room-input'
import { parseSessionDraft, emptySessionDraft } from '../../../shared/agenda/session-input'
import { parseZoomReport } from '../../../shared/attendance/zoom-report'
import {
  DEFAULT_ELIGIBILITY_RULE,
  eligibilityRuleSchema,
} from '../../../shared/attendance/eligibility'
import { openDatabase } from './database'
import { createRepositories } from './index'
import { schemaVersions } from './schema'
import { createStore } from './store'

let n = 0
async function setup() {
  const opened = await openDatabase(`agenda-${Date.now()}-${n++}`)
  const repos = createRepositories(createStore(opened.db, false))
  const event = await repos.events.create({
    nameEn: 'Workshop',
    kind: 'workshop',
    startDate: '2026-08-01',
    endDate: '2026-08-12',
    timeZone: 'Asia/Jakarta',
    mode: 'hybrid',
  })
  return { repos, eventId: event.id, db: opened.db }
}

function sessionInput(title: string, roomIds: string[] = []) {
  const parsed = parseSessionDraft(
    { ...emptySessionDraft('2026-08-03'), titleEn: title, roomIds },
    'Asia/Jakarta',
  )
  if (!parsed.ok) throw new Error('session draft')
  return parsed.session
}

function roomInput(name: string) {
  const parsed = parseRoomDraft({
    ...emptyRoomDraft(),
    name,
    joinUrl: 'https://us02web.zoom.us/j/85012345678?pwd=abc',
    passcode: '4821',
    hostKey: '135790',
  })
  if (!parsed.ok) throw new Error('room draft')
  return parsed.room
}

describe('schema version 3', () => {
  it('opens a version 2 database with data and adds the attendance stores', async () => {
    const name = `agenda-migrate-${Date.now()}`
    const v2 = new Dexie(name)
    for (const v of schemaVersions.filter((v) => v.version <= 2))
      v2.version(v.version).stores(v.stores)
    await v2.open()
    await v2.table('events').add({ id: 'e1', nameEn: 'Workshop' })
    await v2
      .table('sessions')
      .add({ id: 's1', eventId: 'e1', start: '2026-08-03T02:00:00.000Z', extra: 1 })
    v2.close()

    const opened = await openDatabase(name)
    expect(opened.readOnly).toBe(false)
    expect(opened.db.verno).toBeGreaterThanOrEqual(3)
    expect(await opened.db.table('sessions').get('s1')).toEqual({
      id: 's1',
      eventId: 'e1',
      start: '2026-08-03T02:00:00.000Z',
      extra: 1,
    })
    const names = opened.db.tables.map((t) => t.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'attendanceReports',
        'attendanceAliases',
        'attendanceMarks',
        'agendaSettings',
      ]),
    )
    opened.db.close()
  })
})

describe('agenda repository', () => {
  it('stores sessions sorted by start and rooms with their secrets', async () => {
    const { repos, eventId } = await setup()
    const room = await repos.agenda.addRoom(eventId, roomInput('Plenary room'))
    const late = await repos.agenda.addSession(eventId, {
      ...sessionInput('Closing', [room.id]),
      start: '2026-08-03T08:00:00.000Z',
      end: '2026-08-03T09:00:00.000Z',
    })
    const early = await repos.agenda.addSession(eventId, sessionInput('Opening'))
    const data = await repos.agenda.loadEvent(eventId)
    expect(data.sessions.map((s) => s.id)).toEqual([early.id, late.id])
    expect(data.rooms[0]).toMatchObject({
      name: 'Plenary room',
      passcode: '4821',
      hostKey: '135790',
    })
  })

  it('stores passcodes and host keys sealed, and keeps an unchanged one as it was', async () => {
    const { repos, eventId, db } = await setup()
    const room = await repos.agenda.addRoom(eventId, roomInput('Plenary room'))
    expect(room).toMatchObject({ passcode: '4821', hostKey: '135790' })
    const stored = await db.table('rooms').get(room.id)
    expect(stored.passcode).toMatch(/^sealed:v1:/)
    expect(stored.hostKey).toMatch(/^sealed:v1:/)
    expect(JSON.stringify(stored)).not.toMatch(/4821|135790/)
    await repos.agenda.updateRoom(room.id, { ...roomInput('Plenary hall') })
    const again = await db.table('rooms').get(room.id)
    expect(again.passcode).toBe(stored.passcode)
    expect(again.hostKey).toBe(stored.hostKey)
    expect((await repos.agenda.loadEvent(eventId)).rooms[0]).toMatchObject({
      name: 'Plenary hall',
      passcode: '4821',
      hostKey: '135790',
    })
  })

  it('logs that a secret changed, never its value', async () => {
    const { repos, eventId, db } = await setup()
    const room = await repos.agenda.addRoom(eventId, roomInput('Plenary room'))
    await repos.agenda.updateRoom(room.id, {
      ...roomInput('Plenary room'),
      passcode: '9999',
      hostKey: '',
    })
    const entries = await db.changeLog
      .where('[entity+entityId]')
      .equals(['room', room.id])
      .toArray()
    expect(entries.map((e) => e.action)).toEqual(['create', 'update'])
    expect(entries[1]!.changes).toEqual([
      { field: 'passcode', from: '••••', to: '••••' },
      { field: 'hostKey', from: '••••', to: '' },
    ])
    expect(JSON.stringify(entries)).not.toMatch(/9999|4821|135790/)
  })

  it('removes a room from the sessions that named it, and undoes that', async () => {
    const { repos, eventId } = await setup()
    const room = await repos.agenda.addRoom(eventId, roomInput('Breakout A'))
    const other = await repos.agenda.addRoom(eventId, roomInput('Breakout B'))
    const s = await repos.agenda.addSession(eventId, sessionInput('Groups', [room.id, other.id]))
    const removal = await repos.agenda.removeRoom(room.id)
    let data = await repos.agenda.loadEvent(eventId)
    expect(data.rooms.map((r) => r.name)).toEqual(['Breakout B'])
    expect(data.sessions[0]!.roomIds).toEqual([other.id])
    await repos.agenda.restoreRoom(removal)
    data = await repos.agenda.loadEvent(eventId)
    expect(data.rooms).toHaveLength(2)
    expect(data.sessions.find((x) => x.id === s.id)!.roomIds.sort()).toEqual(
      [room.id, other.id].sort(),
    )
  })

  it('updates and removes sessions with undo, and keeps breakouts on the room', async () => {
    const { repos, eventId } = await setup()
    const s = await repos.agenda.addSession(eventId, sessionInput('Opening'))
    const updated = await repos.agenda.updateSession(s.id, {
      ...sessionInput('Opening ceremony'),
      titleId: 'Upacara pembukaan',
    })
    expect(updated).toMatchObject({
      titleEn: 'Opening ceremony',
      titleId: 'Upacara pembukaan',
      createdAt: s.createdAt,
    })
    const removed = await repos.agenda.removeSession(s.id)
    expect((await repos.agenda.loadEvent(eventId)).sessions).toEqual([])
    await repos.agenda.restoreSession(removed)
    expect((await repos.agenda.loadEvent(eventId)).sessions).toHaveLength(1)

    const room = await repos.agenda.addRoom(eventId, roomInput('Plenary'))
    await repos.agenda.setBreakouts(room.id, [
      { id: 'g1', name: 'Group A', participantIds: ['p1'], delegationIds: [] },
    ])
    const again = await repos.agenda.updateRoom(room.id, roomInput('Plenary hall'))
    expect(again.breakouts).toEqual([
      { id: 'g1', name: 'Group A', participantIds: ['p1'], delegationIds: [] },
    ])
  })

  it('keeps per-event settings read through a schema', async () => {
    const { repos, eventId } = await setup()
    expect(
      await repos.agenda.getSetting(eventId, 'eligibility', eligibilityRuleSchema),
    ).toBeUndefined()
    await repos.agenda.setSetting(eventId, 'eligibility', {
      ...DEFAULT_ELIGIBILITY_RULE,
      minPercent: 75,
    })
    expect(
      await repos.agenda.getSetting(eventId, 'eligibility', eligibilityRuleSchema),
    ).toMatchObject({ minPercent: 75 })
    await repos.agenda.setSetting(eventId, 'eligibility', { minPercent: 'lots' })
    expect(
      await repos.agenda.getSetting(eventId, 'eligibility', eligibilityRuleSchema),
    ).toBeUndefined()
  })
})

describe('attendance repository', () => {
  const csv = new TextEncoder().encode(
    'Name (Original Name),User Email,Join Time,Leave Time\nGalaxy A52,,08/02/2022 09:10:00 AM,08/02/2022 09:20:00 AM\n',
  )

  it('stores a report per session and removes it with undo', async () => {
    const { repos, eventId } = await setup()
    const s = await repos.agenda.addSession(eventId, sessionInput('Opening'))
    const parsed = parseZoomReport(csv, { zone: 'Asia/Jakarta' })
    if (!parsed.ok) throw new Error('report')
    const report = await repos.attendance.addReport(eventId, {
      sessionId: s.id,
      fileName: 'zoom.csv',
      zone: 'Asia/Jakarta',
      parsed,
    })
    expect((await repos.attendance.loadEvent(eventId)).reports).toEqual([report])
    const removed = await repos.attendance.removeReport(report.id)
    expect((await repos.attendance.loadEvent(eventId)).reports).toEqual([])
    await repos.attendance.restoreReport(removed)
    expect((await repos.attendance.loadEvent(eventId)).reports).toHaveLength(1)
  })

  it('remembers one decision per name or email, replaces it, and undoes it', async () => {
    const { repos, eventId } = await setup()
    const first = await repos.attendance.decide(eventId, 'name:galaxy a52', 'p1')
    expect(first).toBeUndefined()
    const previous = await repos.attendance.decide(eventId, 'name:galaxy a52', null)
    expect(previous?.participantId).toBe('p1')
    expect((await repos.attendance.loadEvent(eventId)).aliases).toEqual(
      new Map([['name:galaxy a52', null]]),
    )
    await repos.attendance.undoDecision(eventId, 'name:galaxy a52', previous)
    expect((await repos.attendance.loadEvent(eventId)).aliases).toEqual(
      new Map([['name:galaxy a52', 'p1']]),
    )
    await repos.attendance.undoDecision(eventId, 'name:galaxy a52', undefined)
    expect((await repos.attendance.loadEvent(eventId)).aliases.size).toBe(0)
  })

  it('marks self-study done once, and unmarks it', async () => {
    const { repos, eventId } = await setup()
    await repos.attendance.setMark(eventId, 's1', 'p1', true)
    await repos.attendance.setMark(eventId, 's1', 'p1', true)
    expect((await repos.attendance.loadEvent(eventId)).marks).toHaveLength(1)
    await repos.attendance.setMark(eventId, 's1', 'p1', false)
    expect((await repos.attendance.loadEvent(eventId)).marks).toEqual([])
  })
})
