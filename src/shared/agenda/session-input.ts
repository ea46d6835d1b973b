import { isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from '../time/zones'
import { sessionKinds, type AgendaSession, type SessionKind } from './model'

// The session form: times are typed as wall-clock times in the event's zone and stored as UTC
// instants plus that zone. Problems come back as codes; the screen translates them.

export interface SessionDraft {
  titleEn: string
  titleId: string
  kind: SessionKind
  /** "YYYY-MM-DDTHH:mm" in the event's zone. */
  startLocal: string
  endLocal: string
  speakerIds: string[]
  moderatorIds: string[]
  roomIds: string[]
  description: string
}

export type SessionField =
  'titleEn' | 'titleId' | 'kind' | 'startLocal' | 'endLocal' | 'description'
export type SessionProblem =
  | 'required'
  | 'tooLong'
  | 'invalidTime'
  | 'nonexistentTime'
  | 'endBeforeStart'
  | 'tooLongSession'
  | 'invalidKind'

export type ParsedSession = Pick<
  AgendaSession,
  | 'titleEn'
  | 'titleId'
  | 'kind'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'speakerIds'
  | 'moderatorIds'
  | 'roomIds'
  | 'description'
>

export type SessionParse =
  { ok: true; session: ParsedSession } | { ok: false; problems: Map<SessionField, SessionProblem> }

/** A self-study block may run for days; anything longer than two weeks is a typing mistake. */
export const MAX_SESSION_MS = 14 * 86_400_000

function toUtc(local: string, zone: string): { utc?: string; problem?: SessionProblem } {
  const utc = zonedLocalToUtc(local.trim(), zone)
  if (!utc) return { problem: 'invalidTime' }
  // In a daylight-saving gap (02:30 on the night Auckland springs forward) the wall-clock time
  // does not exist; say so instead of silently moving the session.
  if (utcToZonedLocal(utc, zone) !== local.trim()) return { problem: 'nonexistentTime' }
  return { utc }
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)]

export function parseSessionDraft(draft: SessionDraft, zone: string): SessionParse {
  const problems = new Map<SessionField, SessionProblem>()
  const titleEn = draft.titleEn.trim()
  const titleId = draft.titleId.trim()
  if (!titleEn && !titleId) problems.set('titleEn', 'required')
  if (titleEn.length > 300) problems.set('titleEn', 'tooLong')
  if (titleId.length > 300) problems.set('titleId', 'tooLong')
  if (!(sessionKinds as readonly string[]).includes(draft.kind)) problems.set('kind', 'invalidKind')
  if (draft.description.length > 10_000) problems.set('description', 'tooLong')
  if (!isValidTimeZone(zone)) problems.set('startLocal', 'invalidTime')
  const start = toUtc(draft.startLocal, zone)
  const end = toUtc(draft.endLocal, zone)
  if (start.problem) problems.set('startLocal', start.problem)
  if (end.problem) problems.set('endLocal', end.problem)
  if (start.utc && end.utc) {
    const length = Date.parse(end.utc) - Date.parse(start.utc)
    if (length <= 0) problems.set('endLocal', 'endBeforeStart')
    else if (length > MAX_SESSION_MS) problems.set('endLocal', 'tooLongSession')
  }
  if (problems.size > 0 || !start.utc || !end.utc) return { ok: false, problems }
  return {
    ok: true,
    session: {
      titleEn,
      titleId,
      kind: draft.kind,
      start: start.utc,
      end: end.utc,
      timeZone: zone,
      speakerIds: unique(draft.speakerIds),
      moderatorIds: unique(draft.moderatorIds),
      roomIds: unique(draft.roomIds),
      description: draft.description.trim(),
    },
  }
}

/** The form's starting values for an existing session, in the zone it is edited in. */
export function sessionToDraft(session: AgendaSession, zone: string): SessionDraft {
  return {
    titleEn: session.titleEn,
    titleId: session.titleId,
    kind: session.kind,
    startLocal: utcToZonedLocal(session.start, zone),
    endLocal: utcToZonedLocal(session.end, zone),
    speakerIds: [...session.speakerIds],
    moderatorIds: [...session.moderatorIds],
    roomIds: [...session.roomIds],
    description: session.description,
  }
}

/** A blank draft: 09:00–10:30 on the given local day. */
export function emptySessionDraft(date: string): SessionDraft {
  return {
    titleEn: '',
    titleId: '',
    kind: 'plenary',
    startLocal: `${date}T09:00`,
    endLocal: `${date}T10:30`,
    speakerIds: [],
    moderatorIds: [],
    roomIds: [],
    description: '',
  }
}

/** The title in the requested language, falling back to the other one. */
export function sessionTitle(
  session: Pick<AgendaSession, 'titleEn' | 'titleId'>,
  lang: 'en' | 'id',
): string {
  return lang === 'id' ? session.titleId || session.titleEn : session.titleEn || session.titleId
}
