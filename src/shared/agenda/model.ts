import { z } from 'zod'
import type { MeetingPlatform } from '../links/platforms'

// The agenda's records, as stored. Instants are ISO-8601 UTC strings ("…Z"); each session also
// keeps the IANA zone it was entered in, so it can be shown and edited in that zone again.

export const sessionKinds = ['plenary', 'breakout', 'self_study', 'social', 'protocol'] as const
export type SessionKind = (typeof sessionKinds)[number]

const id = z.string().min(1).max(64)
const utcInstant = z.iso.datetime()
const isoInstant = z.iso.datetime({ offset: true })

export const sessionSchema = z.object({
  id,
  eventId: id,
  titleEn: z.string().max(300),
  titleId: z.string().max(300).default(''),
  kind: z.enum(sessionKinds),
  start: utcInstant,
  end: utcInstant,
  /** The zone the times were entered in (the event's zone at the time). */
  timeZone: z.string().min(1).max(64),
  speakerIds: z.array(id).max(100).default([]),
  moderatorIds: z.array(id).max(100).default([]),
  /** Rooms chosen for this session; when empty, the day's or the event's rooms serve it. */
  roomIds: z.array(id).max(20).default([]),
  description: z.string().max(10_000).default(''),
  createdAt: isoInstant,
  updatedAt: isoInstant,
})
export type AgendaSession = z.infer<typeof sessionSchema>

export const roomPlatform = z.enum(['zoom', 'teams', 'webex', 'meet', 'other'])
// Fails to compile the moment the link validator learns a platform this schema does not know.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const PLATFORMS_AGREE: Same<MeetingPlatform, z.infer<typeof roomPlatform>> = true

/** What a room serves when a session names no room: the whole event, one local day, or nothing. */
export const roomScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event') }),
  z.object({ kind: z.literal('day'), date: z.iso.date() }),
  z.object({ kind: z.literal('session') }),
])
export type RoomScope = z.infer<typeof roomScope>

export const dialInNumber = z.object({
  label: z.string().max(100).default(''),
  number: z.string().min(1).max(40),
})
export type DialInNumber = z.infer<typeof dialInNumber>

/** A breakout room inside a meeting: who goes there, by hand or by whole delegation. */
export const breakoutSchema = z.object({
  id,
  name: z.string().min(1).max(100),
  participantIds: z.array(id).max(2000).default([]),
  delegationIds: z.array(id).max(500).default([]),
})
export type Breakout = z.infer<typeof breakoutSchema>

export const roomSchema = z.object({
  id,
  eventId: id,
  name: z.string().min(1).max(200),
  platform: roomPlatform,
  /** The validated, normalised https join link. */
  joinUrl: z.string().max(2048),
  meetingId: z.string().max(64).default(''),
  /**
   * Secret: masked on screen, only in a participant's own join instructions. Stored sealed
   * (AES-GCM, longer than the 100 characters the form allows), readable once opened.
   */
  passcode: z.string().max(600).default(''),
  /** Secret: masked on screen, never in any export or instructions. Stored sealed too. */
  hostKey: z.string().max(600).default(''),
  dialIn: z.array(dialInNumber).max(30).default([]),
  notes: z.string().max(5_000).default(''),
  scope: roomScope,
  breakouts: z.array(breakoutSchema).max(100).default([]),
  createdAt: isoInstant,
  updatedAt: isoInstant,
})
export type AgendaRoom = z.infer<typeof roomSchema>

/** The fields of a room that are secrets. */
export const ROOM_SECRET_FIELDS = ['passcode', 'hostKey'] as const
