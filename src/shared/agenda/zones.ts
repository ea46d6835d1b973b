import { countryZones, defaultZoneFor } from '../countries/zones'
import type { Delegation, Participant } from '../registry/model'
import { isValidTimeZone, zoneOffsetMinutes } from '../time/zones'

// Whose clock is whose: a participant's zone is their own choice, else their delegation
// country's single zone. A delegation sits in the zones of its members; with none chosen yet,
// in its country's zone (the capital's, when the country has several: marked as assumed).

export type ZoneSource = 'chosen' | 'country' | 'capital' | 'event'

export interface ResolvedZone {
  zone: string
  source: ZoneSource
}

export function participantZone(
  participant: Pick<Participant, 'timeZone'>,
  delegation: Pick<Delegation, 'countryCode'> | undefined,
  eventZone: string,
): ResolvedZone {
  if (participant.timeZone && isValidTimeZone(participant.timeZone))
    return { zone: participant.timeZone, source: 'chosen' }
  const code = delegation?.countryCode
  const single = code ? defaultZoneFor(code) : undefined
  if (single) return { zone: single, source: 'country' }
  const capital = code ? countryZones(code)[0] : undefined
  if (capital) return { zone: capital, source: 'capital' }
  return { zone: eventZone, source: 'event' }
}

/**
 * The zones a delegation's members sit in, most members first; the country's zone when no member
 * has one of their own. Kiribati's three zones show up as three when its delegates chose them.
 */
export function delegationZones(
  delegation: Pick<Delegation, 'id' | 'countryCode'>,
  members: readonly Pick<Participant, 'timeZone' | 'delegationId'>[],
  eventZone: string,
): ResolvedZone[] {
  const counts = new Map<string, number>()
  for (const m of members) {
    if (m.delegationId !== delegation.id) continue
    if (m.timeZone && isValidTimeZone(m.timeZone))
      counts.set(m.timeZone, (counts.get(m.timeZone) ?? 0) + 1)
  }
  if (counts.size > 0) {
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([zone]) => ({ zone, source: 'chosen' as const }))
  }
  return [participantZone({}, delegation, eventZone)]
}

/** Zones ordered west to east at an instant (Rarotonga, …, Jakarta, …, Kiritimati). */
export function sortZonesByOffset(zones: Iterable<string>, at: Date): string[] {
  return [...new Set(zones)].sort(
    (a, b) => zoneOffsetMinutes(a, at) - zoneOffsetMinutes(b, at) || (a < b ? -1 : 1),
  )
}
