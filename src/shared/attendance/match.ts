import { matchCountry } from '../countries/match-country'
import { similarity } from '../people/edit-distance'
import { foldForSearch } from '../people/fold-text'
import { nameKey, nameTokens } from '../people/names'
import type { ReportRow } from './report'
import {
  aliasKey,
  aliasKeys,
  nameCandidates,
  readReportName,
  type ReportName,
} from './report-names'

// Who is who in a report. In order: an email the registry knows; a decision the user made about
// this name or email before; a name whose key equals a participant's; a close name among the
// participants expected online, in the delegation a label names when there is one ("(Fiji
// MoFA)"). Devices and anything unsure go to the queue, with suggestions.

export interface MatchPerson {
  participantId: string
  /** Lower-case emails of the contact. */
  emails: readonly string[]
  /** The contact's name parts, as the registry has them. */
  name: { honorific?: string; givenName?: string; familyName?: string; fullName?: string }
  delegationId?: string | undefined
  countryCode?: string | undefined
  /** Expected in online sessions (online mode, not declined or cancelled). */
  expected: boolean
}

export type MatchMethod = 'email' | 'alias' | 'name' | 'fuzzy'

export interface Identity {
  /** The key a decision about these rows is remembered under. */
  key: string
  name: string
  email: string
  reportName: ReportName
  rows: ReportRow[]
}

export type IdentityMatch =
  | { identity: Identity; status: 'matched'; participantId: string; method: MatchMethod }
  | { identity: Identity; status: 'ignored' }
  | { identity: Identity; status: 'unmatched'; suggestions: Suggestion[] }

export interface Suggestion {
  participantId: string
  score: number
}

/** A remembered decision: a participant, or null for "not a participant" (ignore). */
export type Aliases = ReadonlyMap<string, string | null>

export const FUZZY_ACCEPT = 0.85
export const FUZZY_MARGIN = 0.15
const SUGGEST_FROM = 0.45

/** Rows grouped per person as the report shows them: by email, else by name. */
export function groupIdentities(rows: readonly ReportRow[]): Identity[] {
  const map = new Map<string, Identity>()
  for (const row of rows) {
    const key = aliasKey(row)
    const found = map.get(key)
    if (found) found.rows.push(row)
    else
      map.set(key, {
        key,
        name: row.name,
        email: row.email,
        reportName: readReportName(row.name),
        rows: [row],
      })
  }
  return [...map.values()]
}

function tokenScore(report: readonly string[], person: readonly string[]): number {
  if (report.length === 0 || person.length === 0) return 0
  const used = new Set<number>()
  let total = 0
  for (const t of report) {
    let best = 0
    let bestAt = -1
    person.forEach((p, i) => {
      if (used.has(i)) return
      const s = t === p ? 1 : t.length === 1 && p.startsWith(t) ? 0.9 : similarity(t, p)
      if (s > best) [best, bestAt] = [s, i]
    })
    if (best >= 0.75 && bestAt >= 0) {
      used.add(bestAt)
      total += best
    }
  }
  // Every report word must count, and a longer registry name not wholly covered scores less.
  const coverage = used.size / Math.max(report.length, person.length)
  return (total / report.length) * (0.7 + 0.3 * coverage)
}

/**
 * The delegation a "(Fiji MoFA)" label points to, by any certain country word in it. Without a
 * rename the only parentheses are read as the original name, so those are looked at too.
 */
function labelledCountries(name: ReportName): Set<string> {
  const codes = new Set<string>()
  for (const label of [...name.labels, ...(name.original ? [name.original] : [])]) {
    const whole = matchCountry(label)
    if (whole.status === 'certain') codes.add(whole.code)
    for (const word of label.split(/[^\p{L}]+/u)) {
      if (word.length < 3) continue
      const m = matchCountry(word)
      if (m.status === 'certain') codes.add(m.code)
    }
  }
  return codes
}

export function matchIdentities(
  identities: readonly Identity[],
  people: readonly MatchPerson[],
  aliases: Aliases,
): IdentityMatch[] {
  const byEmail = new Map<string, string>()
  for (const p of people) for (const e of p.emails) byEmail.set(e.toLowerCase(), p.participantId)
  const byKey = new Map<string, string[]>()
  for (const p of people) {
    const key = nameKey(p.name)
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), p.participantId])
  }
  const known = new Set(people.map((p) => p.participantId))
  const tokensOf = new Map(people.map((p) => [p.participantId, nameTokens(p.name)]))

  return identities.map((identity): IdentityMatch => {
    const email = identity.email.trim().toLowerCase()
    const viaEmail = email ? byEmail.get(email) : undefined
    if (viaEmail) return { identity, status: 'matched', participantId: viaEmail, method: 'email' }
    for (const key of aliasKeys(identity)) {
      if (!aliases.has(key)) continue
      const decided = aliases.get(key)
      if (decided === null) return { identity, status: 'ignored' }
      if (decided && known.has(decided))
        return { identity, status: 'matched', participantId: decided, method: 'alias' }
    }
    const candidates = nameCandidates(identity.reportName)
    for (const c of candidates) {
      const ids = byKey.get(nameKey({ fullName: c })) ?? []
      if (ids.length === 1)
        return { identity, status: 'matched', participantId: ids[0]!, method: 'name' }
    }
    const { suggestions, narrowed, words } = suggest(identity.reportName, people, tokensOf)
    const [best, second] = suggestions
    // One word ("Jone") is enough only inside the delegation a label named.
    if (
      best &&
      !identity.reportName.device &&
      ((words.get(best.participantId) ?? 0) >= 2 || narrowed) &&
      best.score >= FUZZY_ACCEPT &&
      (!second || best.score - second.score >= FUZZY_MARGIN) &&
      people.find((p) => p.participantId === best.participantId)?.expected
    ) {
      return { identity, status: 'matched', participantId: best.participantId, method: 'fuzzy' }
    }
    return { identity, status: 'unmatched', suggestions: suggestions.slice(0, 5) }
  })
}

/** Ranked guesses for a name among the expected people, within a labelled delegation if any. */
function suggest(
  name: ReportName,
  people: readonly MatchPerson[],
  tokensOf: ReadonlyMap<string, string[]>,
): { suggestions: Suggestion[]; narrowed: boolean; words: Map<string, number> } {
  const countries = labelledCountries(name)
  const expected = people.filter((p) => p.expected)
  const pool0 = expected.length > 0 ? expected : people
  const inCountry = pool0.filter((p) => p.countryCode && countries.has(p.countryCode))
  const pool = inCountry.length > 0 ? inCountry : pool0
  const texts = name.device ? (name.deviceOwner ? [name.deviceOwner] : []) : nameCandidates(name)
  const tokenised = texts.map((text) =>
    foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t !== ''),
  )
  const scored: Suggestion[] = []
  // How many words the text that scored best had, per person.
  const words = new Map<string, number>()
  for (const p of pool) {
    const personTokens = tokensOf.get(p.participantId) ?? []
    let score = 0
    for (const reportTokens of tokenised) {
      const s = tokenScore(reportTokens, personTokens)
      if (s > score) {
        score = s
        words.set(p.participantId, reportTokens.length)
      }
    }
    if (score >= SUGGEST_FROM) scored.push({ participantId: p.participantId, score })
  }
  return {
    suggestions: scored.sort((a, b) => b.score - a.score),
    narrowed: inCountry.length > 0,
    words,
  }
}
