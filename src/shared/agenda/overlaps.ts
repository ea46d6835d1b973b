import type { AgendaSession } from './model'

// Two sessions at the same time are a problem when they compete for something: the same
// meeting room, the same speaker or moderator, or everyone (a plenary or protocol session).
// Parallel breakouts in different rooms are the point of breakouts; self-study is self-paced.

export type OverlapReason = 'sameRoom' | 'samePerson' | 'everyone'

export interface Overlap {
  /** The earlier-starting session of the pair (ties by id). */
  a: string
  b: string
  reasons: OverlapReason[]
}

type OverlapSession = Pick<
  AgendaSession,
  'id' | 'kind' | 'start' | 'end' | 'speakerIds' | 'moderatorIds'
>

function shares(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  const set = new Set(a)
  return b.some((x) => set.has(x))
}

/**
 * Every pair of sessions whose times overlap (touching end-to-start does not) and that compete.
 * `roomsOf` gives the rooms that actually serve a session (its own, or the day's or event's).
 */
export function findOverlaps<S extends OverlapSession>(
  sessions: readonly S[],
  roomsOf: (session: S) => readonly string[],
): Overlap[] {
  const timed = sessions
    .filter((s) => s.kind !== 'self_study')
    .map((s) => ({ s, start: Date.parse(s.start), end: Date.parse(s.end) }))
    .filter((x) => x.end > x.start)
    .sort((x, y) => x.start - y.start || (x.s.id < y.s.id ? -1 : 1))
  const found: Overlap[] = []
  for (let i = 0; i < timed.length; i++) {
    const x = timed[i]!
    for (let j = i + 1; j < timed.length && timed[j]!.start < x.end; j++) {
      const y = timed[j]!
      const reasons: OverlapReason[] = []
      if (shares(roomsOf(x.s), roomsOf(y.s))) reasons.push('sameRoom')
      const people = (s: OverlapSession) => [...s.speakerIds, ...s.moderatorIds]
      if (shares(people(x.s), people(y.s))) reasons.push('samePerson')
      const forEveryone = (s: OverlapSession) => s.kind === 'plenary' || s.kind === 'protocol'
      if (forEveryone(x.s) || forEveryone(y.s)) reasons.push('everyone')
      if (reasons.length > 0) found.push({ a: x.s.id, b: y.s.id, reasons })
    }
  }
  return found
}

/** The overlaps each session takes part in, by session id. */
export function overlapsBySession(overlaps: readonly Overlap[]): Map<string, Overlap[]> {
  const map = new Map<string, Overlap[]>()
  for (const o of overlaps) {
    for (const id of [o.a, o.b]) map.set(id, [...(map.get(id) ?? []), o])
  }
  return map
}
