// The meeting platforms a room can be on, and the only domains whose links we call verified.
// A host counts when it equals one of these domains or is a subdomain of it (us02web.zoom.us).

export const KNOWN_PLATFORMS = ['zoom', 'teams', 'webex', 'meet'] as const
export type KnownPlatform = (typeof KNOWN_PLATFORMS)[number]
export type MeetingPlatform = KnownPlatform | 'other'
export const MEETING_PLATFORMS: readonly MeetingPlatform[] = [...KNOWN_PLATFORMS, 'other']

export const PLATFORM_DOMAINS: Readonly<Record<KnownPlatform, readonly string[]>> = {
  zoom: ['zoom.us', 'zoomgov.com'],
  teams: ['teams.microsoft.com', 'teams.live.com'],
  webex: ['webex.com'],
  meet: ['meet.google.com'],
}

/** True when `host` (lower-case, no trailing dot) is `domain` or one of its subdomains. */
export function isHostUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

/** The known platform a canonical host belongs to, or null. */
export function platformOfHost(host: string): KnownPlatform | null {
  for (const platform of KNOWN_PLATFORMS) {
    if (PLATFORM_DOMAINS[platform].some((domain) => isHostUnder(host, domain))) return platform
  }
  return null
}

export function isKnownPlatform(platform: MeetingPlatform): platform is KnownPlatform {
  return platform !== 'other'
}
