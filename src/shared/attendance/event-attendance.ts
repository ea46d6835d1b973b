import type { AgendaSession } from '../agenda/model'
import { evaluateEligibility, type Eligibility, type EligibilityRule } from './eligibility'
import {
  groupIdentities,
  matchIdentities,
  type Aliases,
  type IdentityMatch,
  type MatchPerson,
} from './match'
import { minutesGrid, type MinutesGrid } from './minutes'
import type { AttendanceMark, AttendanceReport } from './model'
import { aliasKey } from './report-names'

// Everything the attendance screen shows for an event, from its reports, the registry and the
// user's remembered decisions: who is who, the unmatched queue, minutes per participant per
// session, and who is eligible for a certificate under the stated rule.

export interface EventAttendance {
  /** One entry per person as the reports show them, across every report of the event. */
  matches: IdentityMatch[]
  /** Sessions each report identity appears in. */
  sessionsOf: Map<string, Set<string>>
  minutes: MinutesGrid
  eligibility: Eligibility[]
  /** participantId → self-study session ids marked done. */
  selfStudyDone: Map<string, Set<string>>
}

export function eventAttendance(input: {
  sessions: readonly AgendaSession[]
  reports: readonly AttendanceReport[]
  marks: readonly AttendanceMark[]
  people: readonly MatchPerson[]
  aliases: Aliases
  rule: EligibilityRule
}): EventAttendance {
  const sessionIds = new Set(input.sessions.map((s) => s.id))
  const reports = input.reports.filter((r) => sessionIds.has(r.sessionId))
  const matches = matchIdentities(
    groupIdentities(reports.flatMap((r) => r.rows)),
    input.people,
    input.aliases,
  )
  const byKey = new Map<string, string>()
  for (const m of matches) if (m.status === 'matched') byKey.set(m.identity.key, m.participantId)
  const sessionsOf = new Map<string, Set<string>>()
  for (const r of reports)
    for (const row of r.rows) {
      const key = aliasKey(row)
      sessionsOf.set(key, (sessionsOf.get(key) ?? new Set()).add(r.sessionId))
    }
  const minutes = minutesGrid(input.sessions, reports, (row) => byKey.get(aliasKey(row)))
  const known = new Set(input.people.map((p) => p.participantId))
  const selfStudyDone = new Map<string, Set<string>>()
  for (const m of input.marks) {
    if (!known.has(m.participantId) || !sessionIds.has(m.sessionId)) continue
    selfStudyDone.set(
      m.participantId,
      (selfStudyDone.get(m.participantId) ?? new Set()).add(m.sessionId),
    )
  }
  const eligibility = evaluateEligibility({
    rule: input.rule,
    sessions: input.sessions,
    participantIds: input.people.map((p) => p.participantId),
    minutes,
    selfStudyDone,
  })
  return { matches, sessionsOf, minutes, eligibility, selfStudyDone }
}
