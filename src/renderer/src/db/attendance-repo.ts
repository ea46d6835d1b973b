import type { Table } from 'dexie'
import {
  attendanceAliasSchema,
  attendanceMarkSchema,
  attendanceReportSchema,
  type AttendanceAlias,
  type AttendanceMark,
  type AttendanceReport,
} from '../../../shared/attendance/model'
import type { ParsedReport } from '../../../shared/attendance/report'
import { assertWritable, type Store, changeLogger } from './store'

// Attendance of an event: the platform reports imported per session, the user's remembered
// decisions about report names and emails (kept for the next report), and self-study marks.

export interface AttendanceData {
  reports: AttendanceReport[]
  /** Remembered decisions: key → participant id, or null for "not a participant". */
  aliases: Map<string, string | null>
  marks: AttendanceMark[]
}

export interface NewReport {
  sessionId: string
  fileName: string
  zone: string
  parsed: ParsedReport
}

export function createAttendanceRepo(store: Store) {
  const { db } = store
  // Looked up when used: a database from a newer app version, opened read-only, may lack them.
  const has = (name: string) => db.tables.some((t) => t.name === name)
  const reports = () => db.table('attendanceReports') as Table<AttendanceReport, string>
  const aliases = () => db.table('attendanceAliases') as Table<AttendanceAlias, string>
  const marks = () => db.table('attendanceMarks') as Table<AttendanceMark, string>
  const log = changeLogger(store)

  async function loadEvent(eventId: string): Promise<AttendanceData> {
    if (!['attendanceReports', 'attendanceAliases', 'attendanceMarks'].every(has))
      return { reports: [], aliases: new Map(), marks: [] }
    return db.transaction('r', reports(), aliases(), marks(), async () => {
      const list = (await reports().where('eventId').equals(eventId).toArray())
        .filter((r) => attendanceReportSchema.safeParse(r).success)
        .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
      const decided = new Map<string, string | null>()
      for (const a of await aliases().where('eventId').equals(eventId).toArray())
        if (attendanceAliasSchema.safeParse(a).success) decided.set(a.key, a.participantId)
      const done = (await marks().where('eventId').equals(eventId).toArray()).filter(
        (m) => attendanceMarkSchema.safeParse(m).success,
      )
      return { reports: list, aliases: decided, marks: done }
    })
  }

  async function addReport(eventId: string, input: NewReport): Promise<AttendanceReport> {
    assertWritable(store)
    const at = store.now().toISOString()
    const record = attendanceReportSchema.parse({
      id: store.newId(),
      eventId,
      sessionId: input.sessionId,
      source: input.parsed.source,
      fileName: input.fileName.slice(0, 260),
      zone: input.zone,
      dateOrder: input.parsed.dateOrder,
      meeting: input.parsed.meeting,
      rows: input.parsed.rows,
      skippedRows: input.parsed.problems.length,
      importedAt: at,
    })
    await db.transaction('rw', reports(), db.changeLog, async () => {
      await reports().add(record)
      await log(
        {
          entity: 'attendanceReport',
          entityId: record.id,
          eventId,
          action: 'create',
          changes: [{ field: 'file', from: null, to: record.fileName }],
        },
        at,
      )
    })
    return record
  }

  /** Removes a report; returns it so the removal can be undone. */
  async function removeReport(id: string): Promise<AttendanceReport> {
    assertWritable(store)
    return db.transaction('rw', reports(), db.changeLog, async () => {
      const before = await reports().get(id)
      if (!before) throw new Error('report not found')
      await reports().delete(id)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'attendanceReport',
          entityId: id,
          eventId: before.eventId,
          action: 'delete',
          changes: [],
        },
        at,
      )
      return before
    })
  }

  async function restoreReport(report: AttendanceReport): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', reports(), db.changeLog, async () => {
      await reports().put(report)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'attendanceReport',
          entityId: report.id,
          eventId: report.eventId,
          action: 'restore',
          changes: [],
        },
        at,
      )
    })
  }

  /** Remembers who the rows under `key` are (null: not a participant); returns the previous decision. */
  async function decide(
    eventId: string,
    key: string,
    participantId: string | null,
  ): Promise<AttendanceAlias | undefined> {
    assertWritable(store)
    return db.transaction('rw', aliases(), db.changeLog, async () => {
      const before = await aliases().where('[eventId+key]').equals([eventId, key]).first()
      const at = store.now().toISOString()
      const record = attendanceAliasSchema.parse({
        id: before?.id ?? store.newId(),
        eventId,
        key,
        participantId,
        decidedAt: at,
      })
      await aliases().put(record)
      await log(
        {
          entity: 'attendanceAlias',
          entityId: record.id,
          eventId,
          action: before ? 'update' : 'create',
          changes: [{ field: key, from: before?.participantId ?? null, to: participantId }],
        },
        at,
      )
      return before
    })
  }

  /** Forgets a decision (or puts back the one `decide` replaced). */
  async function undoDecision(
    eventId: string,
    key: string,
    previous: AttendanceAlias | undefined,
  ): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', aliases(), db.changeLog, async () => {
      const current = await aliases().where('[eventId+key]').equals([eventId, key]).first()
      if (previous) await aliases().put(previous)
      else if (current) await aliases().delete(current.id)
      const at = store.now().toISOString()
      await log(
        {
          entity: 'attendanceAlias',
          entityId: current?.id ?? previous?.id ?? key,
          eventId,
          action: previous ? 'restore' : 'delete',
          changes: [
            {
              field: key,
              from: current?.participantId ?? null,
              to: previous?.participantId ?? null,
            },
          ],
        },
        at,
      )
    })
  }

  /** Marks a self-study session done (or not) for a participant. */
  async function setMark(
    eventId: string,
    sessionId: string,
    participantId: string,
    done: boolean,
  ): Promise<void> {
    assertWritable(store)
    await db.transaction('rw', marks(), db.changeLog, async () => {
      const existing = await marks()
        .where('[sessionId+participantId]')
        .equals([sessionId, participantId])
        .first()
      const at = store.now().toISOString()
      if (done && !existing)
        await marks().add(
          attendanceMarkSchema.parse({ id: store.newId(), eventId, sessionId, participantId, at }),
        )
      else if (!done && existing) await marks().delete(existing.id)
      else return
      await log(
        {
          entity: 'attendanceMark',
          entityId: `${sessionId}:${participantId}`,
          eventId,
          action: done ? 'create' : 'delete',
          changes: [{ field: 'selfStudyDone', from: !done, to: done }],
        },
        at,
      )
    })
  }

  return { loadEvent, addReport, removeReport, restoreReport, decide, undoDecision, setMark }
}
