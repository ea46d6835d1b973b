import { z } from 'zod'
import { reportSources } from './report'

// Attendance as stored: each imported report (its rows, read into UTC), the user's remembered
// decisions about names and emails, and self-study marks.

const id = z.string().min(1).max(64)
const instant = z.iso.datetime({ offset: true })

export const reportRowSchema = z.object({
  line: z.number().int().min(1),
  name: z.string().max(500),
  email: z.string().max(320),
  join: z.iso.datetime(),
  leave: z.iso.datetime(),
  waitingRoom: z.boolean(),
})

export const attendanceReportSchema = z.object({
  id,
  eventId: id,
  sessionId: id,
  source: z.enum(reportSources),
  fileName: z.string().max(260),
  /** The zone the report's times were read in. */
  zone: z.string().max(64),
  dateOrder: z.enum(['mdy', 'dmy']),
  meeting: z.object({
    title: z.string().max(500).optional(),
    meetingId: z.string().max(64).optional(),
  }),
  rows: z.array(reportRowSchema).max(50_000),
  skippedRows: z.number().int().min(0),
  importedAt: instant,
})
export type AttendanceReport = z.infer<typeof attendanceReportSchema>

/** A remembered decision: rows under `key` are `participantId`, or nobody (null: ignore). */
export const attendanceAliasSchema = z.object({
  id,
  eventId: id,
  key: z.string().min(1).max(600),
  participantId: id.nullable(),
  decidedAt: instant,
})
export type AttendanceAlias = z.infer<typeof attendanceAliasSchema>

/** A self-study session marked done for a participant. */
export const attendanceMarkSchema = z.object({
  id,
  eventId: id,
  sessionId: id,
  participantId: id,
  at: instant,
})
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>
