import { isSealed, WITHHELD } from '../backup/sealed'
import { localDateOf } from './local-time'
import type { AgendaRoom, AgendaSession, Breakout } from './model'

// Which rooms serve a session, and who goes to which breakout room.

/**
 * The rooms a session's participants join: the ones the session names; else the rooms set for
 * its local day (in the event's zone); else the rooms set for the whole event.
 */
export function roomsForSession(
  session: Pick<AgendaSession, 'start' | 'roomIds'>,
  rooms: readonly AgendaRoom[],
  eventZone: string,
): AgendaRoom[] {
  if (session.roomIds.length > 0) {
    const byId = new Map(rooms.map((r) => [r.id, r]))
    return session.roomIds.map((id) => byId.get(id)).filter((r): r is AgendaRoom => !!r)
  }
  const day = localDateOf(session.start, eventZone)
  const forDay = rooms.filter((r) => r.scope.kind === 'day' && r.scope.date === day)
  if (forDay.length > 0) return forDay
  return rooms.filter((r) => r.scope.kind === 'event')
}

/** The breakout room of a room that a participant is assigned to, by hand first. */
export function breakoutFor(
  room: Pick<AgendaRoom, 'breakouts'>,
  participant: { id: string; delegationId?: string | undefined },
): Breakout | undefined {
  const byHand = room.breakouts.find((b) => b.participantIds.includes(participant.id))
  if (byHand) return byHand
  const delegationId = participant.delegationId
  return delegationId
    ? room.breakouts.find((b) => b.delegationIds.includes(delegationId))
    : undefined
}

/**
 * Sets who a breakout holds, by hand (`participantIds`) or by delegation (`delegationIds`): the
 * breakout gets exactly `ids`, and each of them leaves any other breakout of the same room, so
 * nobody is listed in two.
 */
export function setBreakoutMembers(
  breakouts: readonly Breakout[],
  breakoutId: string,
  key: 'participantIds' | 'delegationIds',
  ids: readonly string[],
): Breakout[] {
  const moving = new Set(ids)
  return breakouts.map((b) =>
    b.id === breakoutId
      ? { ...b, [key]: [...moving] }
      : { ...b, [key]: b[key].filter((id) => !moving.has(id)) },
  )
}

/** The participants a breakout holds: assigned by hand, or through their delegation. */
export function breakoutMembers<P extends { id: string; delegationId?: string | undefined }>(
  room: Pick<AgendaRoom, 'breakouts'>,
  breakoutId: string,
  participants: readonly P[],
): P[] {
  return participants.filter((p) => breakoutFor(room, p)?.id === breakoutId)
}

const HIDDEN = '••••••'

/**
 * A secret's state as loaded: readable, absent, or not readable here — still sealed with another
 * computer's key, or withheld from the event bundle it came in.
 */
export function secretState(value: string): 'open' | 'none' | 'sealed' | 'withheld' {
  if (value === '') return 'none'
  if (value === WITHHELD) return 'withheld'
  return isSealed(value) ? 'sealed' : 'open'
}

/** The secret when it is readable, else ''. */
export function usableSecret(value: string): string {
  return secretState(value) === 'open' ? value : ''
}

/** A secret as shown in lists: dots of a fixed length, so the length gives nothing away. */
export function maskSecret(value: string): string {
  return value === '' ? '' : HIDDEN
}
