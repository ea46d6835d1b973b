import { isKnownPlatform, platformOfHost } from './platforms'
import type { KnownPlatform, MeetingPlatform } from './platforms'

// The one gate a meeting link passes before anyone opens it: the room form validates with it and
// main checks again before shell.openExternal. The WHATWG URL parser is forgiving (it decodes
// %-escapes in hosts, turns 0x7f.1 into 127.0.0.1, drops tabs, accepts `https:host`), so the raw
// text is checked first and the parsed host must then agree with what the user actually typed.

export const MAX_LINK_LENGTH = 2048

export const LINK_REJECTIONS = [
  'empty',
  'too_long',
  'whitespace',
  'control_char',
  'non_ascii',
  'missing_scheme',
  'not_https',
  'malformed',
  'userinfo',
  'ip_address',
  'port',
  'trailing_dot',
  'punycode',
  'host_not_allowed',
  'platform_mismatch',
] as const
export type LinkRejection = (typeof LINK_REJECTIONS)[number]

export type MeetingLinkAccepted =
  | { ok: true; url: string; host: string; platform: KnownPlatform; unverifiedPlatform: false }
  | { ok: true; url: string; host: string; platform: 'other'; unverifiedPlatform: true }
export type MeetingLinkRejected = { ok: false; reason: LinkRejection }
export type MeetingLinkResult = MeetingLinkAccepted | MeetingLinkRejected

const WHITESPACE = /\s/
// C0, DEL, C1, zero-width and bidi controls: invisible characters that make a link lie.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

const reject = (reason: LinkRejection): MeetingLinkRejected => ({ ok: false, reason })

/**
 * Validates a meeting link. With a known `platform`, the host must belong to it; with 'other' or
 * no platform, any well-formed public https host is accepted, flagged `unverifiedPlatform` unless
 * it belongs to a known platform (then that platform is reported).
 */
export function validateMeetingLink(input: unknown, platform?: MeetingPlatform): MeetingLinkResult {
  const checked = checkLinkText(input)
  if (!checked.ok) return checked
  const { url, host } = checked
  const owner = platformOfHost(host)
  if (platform !== undefined && isKnownPlatform(platform) && owner !== platform) {
    return reject(owner === null ? 'host_not_allowed' : 'platform_mismatch')
  }
  if (owner !== null) return { ok: true, url, host, platform: owner, unverifiedPlatform: false }
  return { ok: true, url, host, platform: 'other', unverifiedPlatform: true }
}

type CheckedLink = { ok: true; url: string; host: string } | MeetingLinkRejected

/** Every rule except which platform owns the host. */
function checkLinkText(input: unknown): CheckedLink {
  if (typeof input !== 'string') return reject('malformed')
  if (input.length === 0) return reject('empty')
  if (input.length > MAX_LINK_LENGTH) return reject('too_long')
  if (WHITESPACE.test(input)) return reject('whitespace')
  if (CONTROL.test(input)) return reject('control_char')
  if (NOT_PRINTABLE_ASCII.test(input)) return reject('non_ascii')

  const scheme = SCHEME.exec(input)?.[1]
  // `zoom.us:443/j/1` has no scheme even though it matches the scheme grammar.
  if (scheme === undefined || scheme.includes('.')) return reject('missing_scheme')
  if (scheme.toLowerCase() !== 'https') return reject('not_https')
  // Browsers treat `\` as `/` and accept `https:host`; real links never need either.
  if (!/^https:\/\//i.test(input) || input.includes('\\')) return reject('malformed')

  const authority = /^[^/?#]*/.exec(input.slice('https://'.length))?.[0] ?? ''
  if (authority.includes('@')) return reject('userinfo')
  if (authority.startsWith('[')) return reject('ip_address')
  const colon = authority.indexOf(':')
  const rawHost = (colon === -1 ? authority : authority.slice(0, colon)).toLowerCase()
  if (colon !== -1 && authority.slice(colon + 1) !== '443') return reject('port')
  if (rawHost.length === 0 || rawHost.includes('%')) return reject('malformed')
  if (rawHost.endsWith('.')) return reject('trailing_dot')
  // Checked before parsing: the parser refuses invalid punycode, which is still a look-alike.
  if (rawHost.split('.').some((label) => label.startsWith('xn--'))) return reject('punycode')

  let parsed: URL
  try {
    parsed = new URL(input)
  } catch {
    return reject('malformed')
  }
  const host = parsed.hostname
  if (IPV4.test(host) || host.startsWith('[')) return reject('ip_address')
  if (parsed.username !== '' || parsed.password !== '') return reject('userinfo')
  if (parsed.port !== '') return reject('port')
  const labels = host.split('.')
  if (host !== rawHost || host.length > 253) return reject('malformed')
  if (!labels.every((label) => LABEL.test(label))) return reject('malformed')
  // A public meeting host has a registrable domain: no `localhost`, no numeric top-level label.
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return reject('host_not_allowed')
  }
  return { ok: true, url: parsed.href, host }
}

/**
 * The platform a link appears to be on, for preselecting the platform field while pasting.
 * Detection only: it proves nothing, validateMeetingLink decides. Null when it is not a URL.
 */
export function detectPlatform(url: string): MeetingPlatform | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return platformOfHost(parsed.hostname) ?? 'other'
}

/**
 * For a pasted link without a scheme (or with http:), the https link the UI may offer to use.
 * Never applied silently: the user confirms. Null when there is nothing safe to suggest.
 */
export function suggestHttps(input: string): string | null {
  const text = input.trim()
  if (text.length === 0 || text.length > MAX_LINK_LENGTH) return null
  let candidate: string
  if (/^http:\/\//i.test(text)) candidate = `https://${text.slice('http://'.length)}`
  else if (text.startsWith('//')) candidate = `https:${text}`
  else if (SCHEME.test(text) && !(SCHEME.exec(text)?.[1] ?? '').includes('.')) return null
  else candidate = `https://${text}`
  return validateMeetingLink(candidate).ok ? candidate : null
}
