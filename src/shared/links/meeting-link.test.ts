import { describe, expect, it } from 'vitest'
import { detectPlatform, suggestHttps, validateMeetingLink } from './meeting-link'
import type { LinkRejection } from './meeting-link'
import type { MeetingPlatform } from './platforms'

describe('validateMeetingLink accepts real meeting links', () => {
  it.each<[string, MeetingPlatform]>([
    ['https://us02web.zoom.us/j/85012345678?pwd=abc', 'zoom'],
    ['https://zoom.us/j/85012345678', 'zoom'],
    ['https://kemlu.zoomgov.com/j/1601234567', 'zoom'],
    [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
      'teams',
    ],
    ['https://teams.live.com/meet/9876543210', 'teams'],
    ['https://kemlu.webex.com/kemlu/j.php?MTID=m123', 'webex'],
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['HTTPS://ZOOM.US/j/85012345678', 'zoom'],
    ['https://zoom.us:443/j/85012345678', 'zoom'],
  ])('%s (%s)', (url, platform) => {
    const result = validateMeetingLink(url, platform)
    expect(result).toMatchObject({ ok: true, platform, unverifiedPlatform: false })
  })

  it('normalises the accepted URL (case, default port)', () => {
    expect(validateMeetingLink('HTTPS://Zoom.US:443/j/1?pwd=x')).toMatchObject({
      ok: true,
      url: 'https://zoom.us/j/1?pwd=x',
      host: 'zoom.us',
    })
  })

  it('reports the owning platform when none is given', () => {
    expect(validateMeetingLink('https://meet.google.com/abc-defg-hij')).toMatchObject({
      ok: true,
      platform: 'meet',
    })
  })
})

describe('validateMeetingLink rejects hostile links with a reason code', () => {
  it.each<[string, LinkRejection]>([
    ['', 'empty'],
    [`https://zoom.us/j/${'1'.repeat(2040)}`, 'too_long'],
    ['https://zoom.us@evil.example/j/1', 'userinfo'],
    ['https://user:pass@zoom.us/j/1', 'userinfo'],
    ['https://zoom.us:pass@evil.example/', 'userinfo'],
    ['https://zoom.us\\@evil.example/', 'malformed'],
    ['https://127.0.0.1/j/1', 'ip_address'],
    ['https://2130706433/j/1', 'ip_address'],
    ['https://0x7f000001/j/1', 'ip_address'],
    ['https://0x7f.1/j/1', 'ip_address'],
    ['https://017700000001/', 'ip_address'],
    ['https://[::1]/j/1', 'ip_address'],
    ['https://[::ffff:127.0.0.1]/', 'ip_address'],
    ['https://zoom.us:8443/j/1', 'port'],
    ['https://zoom.us:80/j/1', 'port'],
    ['https://zoom.us:/j/1', 'port'],
    ['https://zoom.us:0443/j/1', 'port'],
    ['https://xn--zm-cmaa.us/j/1', 'punycode'],
    ['https://xn--80ak6aa92e.com/', 'punycode'],
    ['https://zооm.us/j/1', 'non_ascii'],
    ['https://zoom.us/j/1?pwd=аbc', 'non_ascii'],
    ['https://zoom.us./j/1', 'trailing_dot'],
    ['https://us02web.zoom.us./j/1', 'trailing_dot'],
    ['javascript:alert(1)', 'not_https'],
    ['JavaScript:alert(document.domain)//https://zoom.us', 'not_https'],
    ['data:text/html,<script>alert(1)</script>', 'not_https'],
    ['file:///etc/passwd', 'not_https'],
    ['http://zoom.us/j/1', 'not_https'],
    ['ftp://zoom.us/j/1', 'not_https'],
    ['zoom.us/j/85012345678', 'missing_scheme'],
    ['//zoom.us/j/1', 'missing_scheme'],
    ['https:zoom.us/j/1', 'malformed'],
    ['https:/zoom.us/j/1', 'malformed'],
    ['https:///zoom.us/j/1', 'malformed'],
    ['https://zo%6fm.us/j/1', 'malformed'],
    ['https://a..zoom.us/j/1', 'malformed'],
    ['https://-a.zoom.us/j/1', 'malformed'],
    ['https://zoom_x.zoom.us/j/1', 'malformed'],
    ['https://zoom.us.evil.example/j/1', 'host_not_allowed'],
    ['https://evilzoom.us/j/1', 'host_not_allowed'],
    ['https://zoom.us-evil.example/j/1', 'host_not_allowed'],
    ['https://evil.example/#@zoom.us', 'host_not_allowed'],
    ['https://evil.example/?zoom.us', 'host_not_allowed'],
    ['https://teams.microsoft.com.evil.example/', 'host_not_allowed'],
    ['https://microsoft.com/teams', 'host_not_allowed'],
    ['https://google.com/meet', 'host_not_allowed'],
    ['https://meet.google.com/abc-defg-hij', 'platform_mismatch'],
    [' https://zoom.us/j/1', 'whitespace'],
    ['https://zoom.us/j/1\n', 'whitespace'],
    ['https://zoom.us/j/\t1', 'whitespace'],
    ['https://zoom.us/j/1\u00a0', 'whitespace'],
    ['https://zoom.us/j/1\u0000', 'control_char'],
    ['https://zoom.us\u200b/j/1', 'control_char'],
    ['https://zoom.us/j/1\u202egnp.exe', 'control_char'],
    ['https://zoom.us/j/1\u007f', 'control_char'],
  ])('%s → %s', (url, reason) => {
    expect(validateMeetingLink(url, 'zoom')).toEqual({ ok: false, reason })
  })

  it('rejects non-strings without throwing', () => {
    for (const value of [undefined, null, 42, {}, ['https://zoom.us/j/1']]) {
      expect(validateMeetingLink(value, 'zoom')).toEqual({ ok: false, reason: 'malformed' })
    }
  })
})

describe("platform 'other'", () => {
  it('accepts a well-formed https link, flagged as unverified', () => {
    expect(validateMeetingLink('https://vc.kemlu.go.id/room/42', 'other')).toEqual({
      ok: true,
      url: 'https://vc.kemlu.go.id/room/42',
      host: 'vc.kemlu.go.id',
      platform: 'other',
      unverifiedPlatform: true,
    })
  })

  it.each<[string, LinkRejection]>([
    ['http://vc.kemlu.go.id/room', 'not_https'],
    ['https://me@vc.kemlu.go.id/room', 'userinfo'],
    ['https://10.0.0.8/room', 'ip_address'],
    ['https://vc.kemlu.go.id:8080/room', 'port'],
    ['https://xn--e1afmkfd.xn--p1ai/', 'punycode'],
    ['https://localhost/room', 'host_not_allowed'],
    ['https://vc.kemlu.go.id./room', 'trailing_dot'],
  ])('still rejects %s → %s', (url, reason) => {
    expect(validateMeetingLink(url, 'other')).toEqual({ ok: false, reason })
  })
})

describe('detectPlatform', () => {
  it.each<[string, MeetingPlatform | null]>([
    ['https://us02web.zoom.us/j/1', 'zoom'],
    ['https://teams.live.com/meet/1', 'teams'],
    ['https://x.webex.com/meet/a', 'webex'],
    ['https://meet.google.com/abc', 'meet'],
    ['https://vc.kemlu.go.id/', 'other'],
    ['https://zoom.us.evil.example/', 'other'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (url, platform) => {
    expect(detectPlatform(url)).toBe(platform)
  })
})

describe('suggestHttps', () => {
  it.each<[string, string | null]>([
    ['zoom.us/j/85012345678', 'https://zoom.us/j/85012345678'],
    ['  meet.google.com/abc-defg-hij\n', 'https://meet.google.com/abc-defg-hij'],
    ['http://zoom.us/j/1', 'https://zoom.us/j/1'],
    ['//teams.live.com/meet/1', 'https://teams.live.com/meet/1'],
    ['https://zoom.us/j/1', null],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['127.0.0.1/j/1', null],
    ['zoom.us@evil.example/j/1', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(suggestHttps(input)).toBe(expected)
  })
})
