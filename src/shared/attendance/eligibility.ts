import { z } from 'zod'
import { sessionKinds, type AgendaSession } from '../agenda/model'
import { sessionLengthMinutes, type MinutesGrid } from './minutes'

// Who gets a certificate, as a rule the secretariat states and the screen repeats: present for at
// least N% of the minutes of the counted online sessions, and (optionally) every self-study
// session marked done.

export const eligibilityRuleSchema = z.object({
  minPercent: z.number().int().min(0).max(100),
  /** The session kinds whose minutes count; self-study is checked by marks, not minutes. */
  kinds: z.array(z.enum(sessionKinds).exclude(['self_study'])).min(1),
  requireSelfStudy: z.boolean(),
})
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>

export const DEFAULT_ELIGIBILITY_RULE: EligibilityRule = {
  minPercent: 80,
  kinds: ['plenary', 'breakout'],
  requireSelfStudy: true,
}

export interface Eligibility {
  participantId: string
  attendedMinutes: number
  possibleMinutes: number
  /** Rounded down to one decimal; eligibility itself is decided on exact minutes. */
  percent: number
  selfStudyDone: number
  selfStudyTotal: number
  eligible: boolean
  missing: ('attendance' | 'selfStudy')[]
}

export function countedSessions<S extends Pick<AgendaSession, 'kind'>>(
  sessions: readonly S[],
  rule: EligibilityRule,
): S[] {
  return sessions.filter((s) => (rule.kinds as readonly string[]).includes(s.kind))
}

export function evaluateEligibility(input: {
  rule: EligibilityRule
  sessions: readonly Pick<AgendaSession, 'id' | 'kind' | 'start' | 'end'>[]
  participantIds: readonly string[]
  minutes: MinutesGrid
  /** participantId → ids of self-study sessions marked done. */
  selfStudyDone: ReadonlyMap<string, ReadonlySet<string>>
}): Eligibility[] {
  const { rule } = input
  const counted = countedSessions(input.sessions, rule)
  const possible = counted.reduce((sum, s) => sum + sessionLengthMinutes(s), 0)
  const selfStudy = input.sessions.filter((s) => s.kind === 'self_study')
  return input.participantIds.map((participantId) => {
    const row = input.minutes.get(participantId)
    const attended = counted.reduce(
      (sum, s) => sum + Math.min(row?.get(s.id) ?? 0, sessionLengthMinutes(s)),
      0,
    )
    const marks = input.selfStudyDone.get(participantId)
    const done = selfStudy.filter((s) => marks?.has(s.id)).length
    const missing: Eligibility['missing'] = []
    if (possible > 0 && attended * 100 < rule.minPercent * possible) missing.push('attendance')
    if (rule.requireSelfStudy && done < selfStudy.length) missing.push('selfStudy')
    return {
      participantId,
      attendedMinutes: attended,
      possibleMinutes: possible,
      percent: possible > 0 ? Math.floor((attended * 1000) / possible) / 10 : 0,
      selfStudyDone: done,
      selfStudyTotal: selfStudy.length,
      eligible: missing.length === 0,
      missing,
    }
  })
}
