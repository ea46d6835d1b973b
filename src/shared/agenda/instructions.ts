import type { EventRecord } from '../events/model'
import { translate, type Language } from '../i18n'
import { dayShiftLabel, longDate, rangeText, zoneLabel } from './format'
import { localRange } from './local-time'
import type { AgendaRoom, AgendaSession } from './model'
import { breakoutFor, roomsForSession, usableSecret } from './rooms'
import { sessionTitle } from './session-input'
import { templateContext, type TemplateContext, type TemplateVocabulary } from './template'

// Join instructions: the agenda as one recipient needs it, in their zone and language, with the
// rooms that serve each session. Host keys have no placeholder at all, so no template can print
// one. Passcodes are filled for a participant's and a delegation's instructions (the delegation's
// focal point forwards them to its members), never in the general ones for everyone.

export type InstructionAudience =
  | {
      kind: 'participant'
      name: string
      participantId: string
      delegationId: string | undefined
      zone: string
    }
  | { kind: 'delegation'; name: string; delegationId: string; zone: string }
  | { kind: 'everyone'; name: string; zone: string }

const roomVocabulary: TemplateVocabulary = {
  values: ['room', 'platform', 'link', 'meetingId', 'passcode', 'breakout', 'dialIn', 'notes'],
  lists: new Map(),
}
const sessionVocabulary: TemplateVocabulary = {
  values: ['title', 'kind', 'time', 'dayNote', 'eventTime', 'description', 'selfStudy'],
  lists: new Map([['rooms', roomVocabulary]]),
}
const dayVocabulary: TemplateVocabulary = {
  values: ['date'],
  lists: new Map([['sessions', sessionVocabulary]]),
}

/** Every name a join-instruction template may use. There is deliberately no host key. */
export const INSTRUCTION_VOCABULARY: TemplateVocabulary = {
  values: ['recipient', 'event', 'zone', 'eventZone'],
  lists: new Map([['days', dayVocabulary]]),
}

export function eventName(event: Pick<EventRecord, 'nameEn' | 'nameId'>, lang: Language): string {
  return lang === 'id' ? event.nameId || event.nameEn : event.nameEn || event.nameId
}

export function platformName(platform: AgendaRoom['platform'], lang: Language): string {
  return translate(lang, `agenda.platform.${platform}`)
}

export interface InstructionInput {
  event: Pick<EventRecord, 'nameEn' | 'nameId' | 'timeZone'>
  sessions: readonly AgendaSession[]
  rooms: readonly AgendaRoom[]
  audience: InstructionAudience
  lang: Language
}

/** The breakout a recipient goes to in a room, when they have one. */
function breakoutName(room: AgendaRoom, audience: InstructionAudience): string {
  if (audience.kind === 'participant')
    return (
      breakoutFor(room, { id: audience.participantId, delegationId: audience.delegationId })
        ?.name ?? ''
    )
  if (audience.kind === 'delegation')
    return room.breakouts.find((b) => b.delegationIds.includes(audience.delegationId))?.name ?? ''
  return ''
}

function roomContext(room: AgendaRoom, input: InstructionInput): TemplateContext {
  const { audience, lang } = input
  return templateContext({
    room: room.name,
    platform: platformName(room.platform, lang),
    link: room.joinUrl,
    meetingId: room.meetingId,
    passcode: audience.kind === 'everyone' ? '' : usableSecret(room.passcode),
    breakout: breakoutName(room, audience),
    dialIn: room.dialIn.map((d) => (d.label ? `${d.label} ${d.number}` : d.number)).join('; '),
    notes: room.notes,
  })
}

/** The template context for one recipient: their days, sessions and rooms, in their zone. */
export function instructionContext(input: InstructionInput): TemplateContext {
  const { event, audience, lang } = input
  const zone = audience.zone
  const sessions = [...input.sessions].sort((a, b) => a.start.localeCompare(b.start))
  const days = new Map<string, TemplateContext[]>()
  const firstStart = sessions[0]?.start ?? new Date(0).toISOString()
  for (const s of sessions) {
    const local = localRange(s, zone, event.timeZone)
    const inEvent = localRange(s, event.timeZone, event.timeZone)
    const selfStudy = s.kind === 'self_study'
    const rooms = selfStudy ? [] : roomsForSession(s, input.rooms, event.timeZone)
    const session = templateContext(
      {
        title: sessionTitle(s, lang),
        kind: translate(lang, `agenda.kind.${s.kind}`),
        time: rangeText({ ...local, start: { ...local.start, dayShift: 0 } }, lang),
        dayNote: dayShiftLabel(local.start.dayShift, lang),
        eventTime: rangeText(inEvent, lang),
        description: s.description,
        selfStudy: selfStudy ? translate(lang, 'agenda.kind.self_study') : '',
      },
      { rooms: rooms.map((r) => roomContext(r, input)) },
    )
    days.set(local.start.date, [...(days.get(local.start.date) ?? []), session])
  }
  const offset = localRange({ start: firstStart, end: firstStart }, zone, zone).start.offsetMinutes
  const eventOffset = localRange({ start: firstStart, end: firstStart }, event.timeZone, zone).start
    .offsetMinutes
  return templateContext(
    {
      recipient: audience.name,
      event: eventName(event, lang),
      zone: zoneLabel(zone, offset),
      eventZone: zoneLabel(event.timeZone, eventOffset),
    },
    {
      days: [...days.entries()].map(([date, list]) =>
        templateContext({ date: longDate(date, lang) }, { sessions: list }),
      ),
    },
  )
}
