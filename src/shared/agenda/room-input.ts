import {
  detectPlatform,
  suggestHttps,
  validateMeetingLink,
  type LinkRejection,
} from '../links/meeting-link'
import type { MeetingPlatform } from '../links/platforms'
import { parseZoomLink } from '../links/zoom-link'
import type { AgendaRoom, DialInNumber, RoomScope } from './model'

// The room form. The join link goes through the one shared validator (main checks it again
// before opening anything); a link pasted without a scheme is offered as https, never changed
// silently; a Zoom link gives its meeting ID and passcode.

export interface RoomDraft {
  name: string
  platform: MeetingPlatform
  joinUrl: string
  meetingId: string
  passcode: string
  hostKey: string
  /** One number per line, optionally "Label: number". */
  dialIn: string
  notes: string
  scopeKind: RoomScope['kind']
  scopeDate: string
}

export type RoomField =
  'name' | 'joinUrl' | 'meetingId' | 'passcode' | 'hostKey' | 'dialIn' | 'notes' | 'scopeDate'
export type RoomProblem = 'required' | 'tooLong' | 'invalidDialIn' | LinkRejection

export type LinkCheck =
  | {
      ok: true
      url: string
      platform: MeetingPlatform
      /** A well-formed https link on no platform we know: allowed, but flagged. */
      unverified: boolean
      zoom: { meetingId: string; passcode: string | null } | null
    }
  | { ok: false; reason: LinkRejection; suggestion: string | null }

/** Checks a typed or pasted link for the chosen platform. */
export function checkRoomLink(text: string, platform: MeetingPlatform): LinkCheck {
  // Pasting often brings a line break or spaces along; anything inside the link still fails.
  const trimmed = text.trim()
  const result = validateMeetingLink(trimmed, platform)
  if (!result.ok) {
    const suggestion =
      result.reason === 'missing_scheme' || result.reason === 'not_https'
        ? suggestHttps(trimmed)
        : null
    // Only offer what would pass for this platform.
    const usable = suggestion && validateMeetingLink(suggestion, platform).ok ? suggestion : null
    return { ok: false, reason: result.reason, suggestion: usable }
  }
  return {
    ok: true,
    url: result.url,
    platform: result.platform,
    unverified: result.unverifiedPlatform,
    zoom: result.platform === 'zoom' ? parseZoomLink(result.url) : null,
  }
}

/** The platform to preselect for a pasted link (detection only; validation decides). */
export function platformForPaste(text: string): MeetingPlatform | null {
  const trimmed = text.trim()
  return detectPlatform(trimmed) ?? detectPlatform(`https://${trimmed}`)
}

export function parseDialIn(text: string): DialInNumber[] | null {
  const out: DialInNumber[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const m =
      /^(.*?)[:：]\s*(\+?[\d\s().-]{4,40})$/.exec(line) ?? /^()(\+?[\d\s().-]{4,40})$/.exec(line)
    if (!m) return null
    out.push({ label: m[1]!.trim().slice(0, 100), number: m[2]!.trim() })
  }
  return out.length > 30 ? null : out
}

export function dialInText(list: readonly DialInNumber[]): string {
  return list.map((d) => (d.label ? `${d.label}: ${d.number}` : d.number)).join('\n')
}

export type ParsedRoom = Pick<
  AgendaRoom,
  | 'name'
  | 'platform'
  | 'joinUrl'
  | 'meetingId'
  | 'passcode'
  | 'hostKey'
  | 'dialIn'
  | 'notes'
  | 'scope'
>

export type RoomParse =
  | { ok: true; room: ParsedRoom; unverified: boolean }
  | { ok: false; problems: Map<RoomField, RoomProblem>; suggestion: string | null }

const LIMITS: Partial<Record<RoomField, number>> = {
  name: 200,
  meetingId: 64,
  passcode: 100,
  hostKey: 100,
  notes: 5000,
}

export function parseRoomDraft(draft: RoomDraft): RoomParse {
  const problems = new Map<RoomField, RoomProblem>()
  for (const [field, max] of Object.entries(LIMITS) as [RoomField, number][]) {
    const value = draft[field as keyof RoomDraft] as string
    if (value.trim().length > max) problems.set(field, 'tooLong')
  }
  if (!draft.name.trim()) problems.set('name', 'required')
  const link = checkRoomLink(draft.joinUrl, draft.platform)
  if (!link.ok) problems.set('joinUrl', link.reason)
  const dialIn = parseDialIn(draft.dialIn)
  if (!dialIn) problems.set('dialIn', 'invalidDialIn')
  if (draft.scopeKind === 'day' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.scopeDate))
    problems.set('scopeDate', 'required')
  if (problems.size > 0 || !link.ok || !dialIn)
    return { ok: false, problems, suggestion: link.ok ? null : link.suggestion }
  const scope: RoomScope =
    draft.scopeKind === 'day' ? { kind: 'day', date: draft.scopeDate } : { kind: draft.scopeKind }
  return {
    ok: true,
    unverified: link.unverified,
    room: {
      name: draft.name.trim(),
      platform: draft.platform,
      joinUrl: link.url,
      meetingId: draft.meetingId.trim(),
      passcode: draft.passcode.trim(),
      hostKey: draft.hostKey.trim(),
      dialIn,
      notes: draft.notes.trim(),
      scope,
    },
  }
}

export function roomToDraft(room: AgendaRoom): RoomDraft {
  return {
    name: room.name,
    platform: room.platform,
    joinUrl: room.joinUrl,
    meetingId: room.meetingId,
    passcode: room.passcode,
    hostKey: room.hostKey,
    dialIn: dialInText(room.dialIn),
    notes: room.notes,
    scopeKind: room.scope.kind,
    scopeDate: room.scope.kind === 'day' ? room.scope.date : '',
  }
}

export function emptyRoomDraft(): RoomDraft {
  return {
    name: '',
    platform: 'zoom',
    joinUrl: '',
    meetingId: '',
    passcode: '',
    hostKey: '',
    dialIn: '',
    notes: '',
    scopeKind: 'event',
    scopeDate: '',
  }
}
