import { validateMeetingLink } from './meeting-link'

export type ZoomLinkDetails = { meetingId: string; passcode: string | null }

// Zoom meeting and webinar IDs are 9 to 11 digits today; allow one more for headroom.
const JOIN_PATH = /^\/(?:j|w)\/(\d{9,12})\/?$/

/**
 * Meeting ID and passcode from a Zoom join link (`https://us02web.zoom.us/j/85012345678?pwd=abc`),
 * so staff paste one link instead of typing three fields. Null unless the link is a valid Zoom
 * join link. The passcode is the link's `pwd` parameter (an embedded passcode, not always the
 * numeric one people type).
 */
export function parseZoomLink(url: string): ZoomLinkDetails | null {
  const result = validateMeetingLink(url, 'zoom')
  if (!result.ok) return null
  const parsed = new URL(result.url)
  const meetingId = JOIN_PATH.exec(parsed.pathname)?.[1]
  if (meetingId === undefined) return null
  const pwd = parsed.searchParams.get('pwd')
  return { meetingId, passcode: pwd === null || pwd === '' ? null : pwd }
}
