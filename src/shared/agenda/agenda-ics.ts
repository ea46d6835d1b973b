import { translate } from '../i18n'
import { buildIcs, type IcsEvent } from './ics'
import { eventName, platformName, type InstructionInput } from './instructions'
import type { AgendaRoom, AgendaSession } from './model'
import { breakoutFor, roomsForSession } from './rooms'
import { sessionTitle } from './session-input'

// Calendar files for a participant, a delegation or the whole agenda. The same session keeps the
// same UID in every file, so importing a newer file updates entries instead of duplicating them.
// Host keys and passcodes never go in: calendar entries get forwarded and synced to phones.

function sequenceOf(s: AgendaSession): number {
  // Grows with every saved change, as RFC 5545 wants of SEQUENCE.
  return Math.max(0, Math.floor((Date.parse(s.updatedAt) - Date.parse(s.createdAt)) / 1000))
}

function roomLines(room: AgendaRoom, input: InstructionInput): string[] {
  const { lang, audience } = input
  const lines = [`${room.name} (${platformName(room.platform, lang)}): ${room.joinUrl}`]
  if (room.meetingId) lines.push(`${translate(lang, 'agenda.ics.meetingId')}: ${room.meetingId}`)
  const breakout =
    audience.kind === 'participant'
      ? breakoutFor(room, { id: audience.participantId, delegationId: audience.delegationId })
      : audience.kind === 'delegation'
        ? room.breakouts.find((b) => b.delegationIds.includes(audience.delegationId))
        : undefined
  if (breakout) lines.push(`${translate(lang, 'agenda.ics.breakout')}: ${breakout.name}`)
  for (const d of room.dialIn)
    lines.push(
      `${translate(lang, 'agenda.ics.dialIn')}: ${d.label ? `${d.label} ` : ''}${d.number}`,
    )
  return lines
}

export function sessionIcsEvents(input: InstructionInput): IcsEvent[] {
  const { lang, event } = input
  return [...input.sessions]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => {
      const selfStudy = s.kind === 'self_study'
      const rooms = selfStudy ? [] : roomsForSession(s, input.rooms, event.timeZone)
      const first = rooms[0]
      const description = [
        eventName(event, lang),
        ...(selfStudy ? [translate(lang, 'agenda.ics.selfStudy')] : []),
        ...rooms.flatMap((r) => ['', ...roomLines(r, input)]),
        ...(s.description ? ['', s.description] : []),
      ].join('\n')
      return {
        uid: `${s.id}@sekretariat.agenda`,
        start: s.start,
        end: s.end,
        summary: sessionTitle(s, lang),
        description,
        ...(first ? { location: first.joinUrl, url: first.joinUrl } : {}),
        sequence: sequenceOf(s),
        lastModified: s.updatedAt,
        categories: [translate(lang, `agenda.kind.${s.kind}`)],
      }
    })
}

export function agendaIcs(input: InstructionInput, stamp: string): string {
  const name = `${eventName(input.event, input.lang)} — ${input.audience.name}`
  return buildIcs({ name, events: sessionIcsEvents(input), stamp })
}
