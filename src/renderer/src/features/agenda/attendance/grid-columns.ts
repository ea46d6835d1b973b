import type { AgendaSession } from '../../../../../shared/agenda/model'
import type { EligibilityRule } from '../../../../../shared/attendance/eligibility'
import type { AttendanceReport } from '../../../../../shared/attendance/model'

/** The grid's sessions: those the rule counts, self-study, and any other with a report. */
export function gridSessions(
  sessions: readonly AgendaSession[],
  rule: EligibilityRule,
  reports: readonly AttendanceReport[],
): AgendaSession[] {
  const reported = new Set(reports.map((r) => r.sessionId))
  return [...sessions]
    .filter(
      (s) =>
        s.kind === 'self_study' ||
        (rule.kinds as readonly string[]).includes(s.kind) ||
        reported.has(s.id),
    )
    .sort((a, b) => a.start.localeCompare(b.start))
}
