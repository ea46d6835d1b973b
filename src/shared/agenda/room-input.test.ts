import { describe, expect, it } from 'vitest'
import {
  checkRoomLink,
  emptyRoomDraft,
  parseDialIn,
  parseRoomDraft,
  platformForPaste,
} from './room-input'
import type { MeetingPlatform } from '../links/platforms'

const draft = (joinUrl: string, platform: MeetingPlatform = 'zoom') => ({
  ...emptyRoomDraft(),
  name: 'Plenary',
  platform,
  joinUrl,
})

describe('the room form refuses hostile links', () => {
  it.each([
    ['javascript:alert(1)', 'not_https'],
    ['JaVaScRiPt:alert(document.cookie)', 'not_https'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'not_https'],
    ['file:///C:/Windows/System32/calc.exe', 'not_https'],
    ['http://zoom.us/j/85012345678', 'not_https'],
    ['https://zoom.us@evil.example/j/1', 'userinfo'],
    ['https://zoom.us.evil.example/j/1', 'host_not_allowed'],
    ['https://zооm.us/j/1', 'non_ascii'], // Cyrillic о
    ['https://xn--zm-cmaa.us/j/1', 'punycode'],
    ['https://zoom.us./j/1', 'trailing_dot'],
    ['https://185.199.108.153/j/1', 'ip_address'],
    ['https://zoom.us:8080/j/1', 'port'],
    ['https://meet.google.com/abc-defg-hij', 'platform_mismatch'],
    ['', 'empty'],
  ])('%s → %s', (url, reason) => {
    const parsed = parseRoomDraft(draft(url))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.get('joinUrl')).toBe(reason)
  })

  it('refuses a Cyrillic look-alike of Teams for an "other" room too', () => {
    const parsed = parseRoomDraft(draft('https://teams.micrоsoft.com/l/meetup-join/1', 'other'))
    expect(parsed.ok).toBe(false)
  })
})

describe('pasting', () => {
  it('offers https for a link pasted without a scheme, but never applies it', () => {
    const parsed = parseRoomDraft(draft('us02web.zoom.us/j/85012345678?pwd=abc'))
    expect(parsed).toMatchObject({
      ok: false,
      suggestion: 'https://us02web.zoom.us/j/85012345678?pwd=abc',
    })
    expect(checkRoomLink('http://meet.google.com/abc-defg-hij', 'meet')).toEqual({
      ok: false,
      reason: 'not_https',
      suggestion: 'https://meet.google.com/abc-defg-hij',
    })
  })

  it('offers nothing for a hostile link without a scheme', () => {
    expect(checkRoomLink('zoom.us@evil.example/j/1', 'zoom')).toMatchObject({
      ok: false,
      suggestion: null,
    })
    expect(checkRoomLink('meet.google.com/abc', 'zoom')).toMatchObject({
      ok: false,
      suggestion: null,
    })
  })

  it('reads the meeting ID and passcode of a pasted Zoom link, trimming the line break', () => {
    expect(checkRoomLink('https://us02web.zoom.us/j/85012345678?pwd=Q1dXbzR.1\n', 'zoom')).toEqual({
      ok: true,
      url: 'https://us02web.zoom.us/j/85012345678?pwd=Q1dXbzR.1',
      platform: 'zoom',
      unverified: false,
      zoom: { meetingId: '85012345678', passcode: 'Q1dXbzR.1' },
    })
  })

  it('flags a link on another platform as unverified', () => {
    expect(checkRoomLink('https://vc.kemlu.go.id/room/42', 'other')).toMatchObject({
      ok: true,
      unverified: true,
    })
    const parsed = parseRoomDraft(draft('https://vc.kemlu.go.id/room/42', 'other'))
    expect(parsed).toMatchObject({ ok: true, unverified: true })
  })

  it('preselects the platform of a pasted link', () => {
    expect(platformForPaste('teams.microsoft.com/l/meetup-join/x')).toBe('teams')
    expect(platformForPaste('https://meet.google.com/abc-defg-hij')).toBe('meet')
    expect(platformForPaste('not a link at all')).toBeNull()
  })
})

describe('the rest of the form', () => {
  it('keeps secrets and dial-in numbers, and needs a date for a day room', () => {
    const parsed = parseRoomDraft({
      ...draft('https://zoom.us/j/85012345678'),
      passcode: ' 4821 ',
      hostKey: '135790',
      dialIn: 'Jakarta: +62 21 5050 1234\n+1 646 558 8656',
      scopeKind: 'day',
      scopeDate: '2026-08-04',
    })
    expect(parsed).toMatchObject({
      ok: true,
      room: {
        passcode: '4821',
        hostKey: '135790',
        dialIn: [
          { label: 'Jakarta', number: '+62 21 5050 1234' },
          { label: '', number: '+1 646 558 8656' },
        ],
        scope: { kind: 'day', date: '2026-08-04' },
      },
    })
    const noDate = parseRoomDraft({ ...draft('https://zoom.us/j/85012345678'), scopeKind: 'day' })
    expect(noDate.ok).toBe(false)
    if (!noDate.ok) expect(noDate.problems.get('scopeDate')).toBe('required')
  })

  it('refuses dial-in lines that are not numbers', () => {
    expect(parseDialIn('call me maybe')).toBeNull()
    expect(parseDialIn('\n\n')).toEqual([])
  })
})
