import { utcToZonedLocal, zoneOffsetMinutes, zonedLocalToUtc } from '../time/zones'

// A session's times as someone in another zone sees them. Everything is computed from UTC
// instants with Intl's zone data, so daylight saving (Auckland, Chatham) and the date line
// (Rarotonga is a day behind Kiritimati at the same wall-clock time) come out right.

const DAY_MS = 86_400_000

export interface LocalSlot {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string
  /** Local wall-clock time, "HH:mm" (24 h). */
  time: string
  /** 0 = Sunday … 6 = Saturday, of the local date. */
  weekday: number
  /** Local date minus the reference zone's date at the same instant, in days (−1, 0, +1 …). */
  dayShift: number
  /** Offset from UTC in minutes at that instant (+420 Jakarta, −600 Rarotonga). */
  offsetMinutes: number
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

/** The number of days from `a` to `b`, both "YYYY-MM-DD". */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** The date `days` after "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** How an instant reads in `zone`, and how many days its date differs from `referenceZone`'s. */
export function localSlot(instant: string, zone: string, referenceZone: string): LocalSlot {
  const local = utcToZonedLocal(instant, zone)
  const reference = utcToZonedLocal(instant, referenceZone)
  const date = local.slice(0, 10)
  return {
    date,
    time: local.slice(11, 16),
    weekday: weekdayOf(date),
    dayShift: daysBetween(reference.slice(0, 10), date),
    offsetMinutes: zoneOffsetMinutes(zone, new Date(instant)),
  }
}

export interface LocalRange {
  start: LocalSlot
  end: LocalSlot
  /** The session runs past local midnight (ending exactly at 00:00 does not count). */
  crossesMidnight: boolean
}

export function localRange(
  session: { start: string; end: string },
  zone: string,
  referenceZone: string,
): LocalRange {
  const start = localSlot(session.start, zone, referenceZone)
  const end = localSlot(session.end, zone, referenceZone)
  const lastMinute = new Date(Date.parse(session.end) - 60_000).toISOString()
  const lastDate = utcToZonedLocal(lastMinute, zone).slice(0, 10)
  return {
    start,
    end,
    crossesMidnight: Date.parse(session.end) > Date.parse(session.start) && lastDate > start.date,
  }
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: string, zone: string): string {
  return utcToZonedLocal(instant, zone).slice(0, 10)
}

/** A window of local time, in minutes after midnight; `from > to` wraps past midnight. */
export interface NightWindow {
  from: number
  to: number
}

export const DEFAULT_NIGHT: NightWindow = { from: 22 * 60, to: 6 * 60 }

function minuteOfDay(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
}

function inWindow(minute: number, w: NightWindow): boolean {
  return w.from <= w.to ? minute >= w.from && minute < w.to : minute >= w.from || minute < w.to
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/**
 * True when any part of [start, end) falls in the night window in `zone`. When the start is
 * outside the window, the first moment of night after it is the window's start that same local
 * day (or the next day, if that time has passed), read back to UTC through the zone.
 */
export function fallsAtNight(
  session: { start: string; end: string },
  zone: string,
  night: NightWindow = DEFAULT_NIGHT,
): boolean {
  if (night.from === night.to) return false
  const startMs = Date.parse(session.start)
  const endMs = Date.parse(session.end)
  if (!(endMs > startMs)) return false
  const local = utcToZonedLocal(session.start, zone)
  const minute = minuteOfDay(local)
  if (inWindow(minute, night)) return true
  const date = local.slice(0, 10)
  const day = minute < night.from ? date : addDays(date, 1)
  const nightStarts = zonedLocalToUtc(`${day}T${hhmm(night.from)}`, zone)
  return nightStarts !== undefined && Date.parse(nightStarts) < endMs
}
