import { useCallback, useEffect, useMemo, useState } from 'react'
import {
  DEFAULT_ELIGIBILITY_RULE,
  eligibilityRuleSchema,
  type EligibilityRule,
} from '../../../../../shared/attendance/eligibility'
import { eventAttendance } from '../../../../../shared/attendance/event-attendance'
import type { MatchPerson } from '../../../../../shared/attendance/match'
import { useAppData } from '../../../app/AppData'
import type { AgendaPerson } from '../agenda-people'
import type { AgendaBundle } from '../use-agenda-data'

const RULE_KEY = 'attendance.eligibility'
const NOT_EXPECTED = new Set(['declined', 'cancelled'])

/** The event's eligibility rule: saved, or the default (80% and self-study done). */
export function useEligibilityRule(eventId: string) {
  const { repos } = useAppData()
  const [rule, setRule] = useState<{ eventId: string; rule: EligibilityRule }>()
  useEffect(() => {
    let cancelled = false
    void repos.agenda.getSetting(eventId, RULE_KEY, eligibilityRuleSchema).then((saved) => {
      if (!cancelled) setRule({ eventId, rule: saved ?? DEFAULT_ELIGIBILITY_RULE })
    })
    return () => {
      cancelled = true
    }
  }, [repos, eventId])
  const save = useCallback(
    async (next: EligibilityRule) => {
      const parsed = eligibilityRuleSchema.parse(next)
      await repos.agenda.setSetting(eventId, RULE_KEY, parsed)
      setRule({ eventId, rule: parsed })
    },
    [repos, eventId],
  )
  return { rule: rule?.eventId === eventId ? rule.rule : undefined, save }
}

export function matchPeople(people: readonly AgendaPerson[]): MatchPerson[] {
  return people.map((p) => ({
    participantId: p.participant.id,
    emails: p.emails.map((e) => e.toLowerCase()),
    name: p.contact ?? {},
    delegationId: p.delegationId,
    countryCode: p.countryCode,
    expected: !NOT_EXPECTED.has(p.participant.status),
  }))
}

export function useEventAttendance(
  data: AgendaBundle,
  people: readonly AgendaPerson[],
  rule: EligibilityRule,
) {
  return useMemo(() => {
    return eventAttendance({
      sessions: data.agenda.sessions,
      reports: data.attendance.reports,
      marks: data.attendance.marks,
      people: matchPeople(people),
      aliases: data.attendance.aliases,
      rule,
    })
  }, [data, people, rule])
}
