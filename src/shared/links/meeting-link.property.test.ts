import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LINK_REJECTIONS, validateMeetingLink } from './meeting-link'
import { KNOWN_PLATFORMS, PLATFORM_DOMAINS, isHostUnder, platformOfHost } from './platforms'

const knownPlatform = fc.constantFrom(...KNOWN_PLATFORMS)
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/)
const path = fc.webPath()
const query = fc.webQueryParameters()

describe('validateMeetingLink properties', () => {
  it('rejects, for known platforms, every host not under one of their domains', () => {
    fc.assert(
      fc.property(fc.domain(), path, knownPlatform, (domain, urlPath, platform) => {
        const host = domain.toLowerCase()
        fc.pre(!PLATFORM_DOMAINS[platform].some((allowed) => isHostUnder(host, allowed)))
        expect(validateMeetingLink(`https://${host}${urlPath}`, platform).ok).toBe(false)
      }),
    )
  })

  it('accepts any subdomain and path of an allowed domain', () => {
    fc.assert(
      fc.property(
        knownPlatform,
        fc.array(label, { maxLength: 3 }),
        path,
        query,
        (p, subs, urlPath, q) => {
          const domains = PLATFORM_DOMAINS[p]
          const host = [...subs, domains[subs.length % domains.length]].join('.')
          const url = `https://${host}${urlPath}${q === '' ? '' : `?${q}`}`
          fc.pre(url.length <= 2048)
          expect(validateMeetingLink(url, p)).toMatchObject({ ok: true, platform: p, host })
        },
      ),
    )
  })

  it('never accepts a host that does not belong to the reported platform', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const result = validateMeetingLink(url)
        if (!result.ok) return
        expect(new URL(result.url).protocol).toBe('https:')
        expect(new URL(result.url).hostname).toBe(result.host)
        expect(result.platform).toBe(platformOfHost(result.host) ?? 'other')
      }),
    )
  })

  it('rejects any allowed link once user info is put in front of the host', () => {
    fc.assert(
      fc.property(knownPlatform, fc.webSegment(), (p, user) => {
        const url = `https://${user}@${PLATFORM_DOMAINS[p][0]}/j/1`
        expect(validateMeetingLink(url, p)).toEqual({ ok: false, reason: 'userinfo' })
      }),
    )
  })

  it('rejects an allowed domain used as a prefix of a foreign host', () => {
    fc.assert(
      fc.property(knownPlatform, fc.domain(), (p, foreign) => {
        const url = `https://${PLATFORM_DOMAINS[p][0]}.${foreign.toLowerCase()}/j/1`
        expect(validateMeetingLink(url, p).ok).toBe(false)
      }),
    )
  })

  it('never throws and always answers with a known code, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl()), (text) => {
        const result = validateMeetingLink(text)
        if (!result.ok) expect(LINK_REJECTIONS).toContain(result.reason)
      }),
    )
  })
})
