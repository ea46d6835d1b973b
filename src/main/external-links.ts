import { shell } from 'electron'
import { validateMeetingLink } from '../shared/links/meeting-link'

export type OpenLinkOptions = {
  /**
   * Accept well-formed https links on no known platform ('other' rooms). True for the openLink
   * channel, where the renderer asked the user first; false for links a page tries to open by
   * itself (target=_blank, window.open), which must be on a known meeting platform.
   */
  allowUnverified: boolean
}

/**
 * The only way anything leaves the app for the user's browser. The link must pass the shared
 * meeting-link validator, and the normalised URL it returns is what gets opened.
 */
export async function openMeetingLink(url: string, options: OpenLinkOptions): Promise<boolean> {
  const result = validateMeetingLink(url)
  if (!result.ok || (result.unverifiedPlatform && !options.allowUnverified)) return false
  try {
    await shell.openExternal(result.url, { activate: true })
    return true
  } catch {
    return false
  }
}
