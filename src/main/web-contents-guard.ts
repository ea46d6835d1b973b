import type { WebContents } from 'electron'
import { isTrustedUrl, originOf } from './app-origin'

// Applied to every webContents the app ever creates (app 'web-contents-created'), so a window,
// a devtools page or anything a future dependency opens gets the same rules: no new windows, no
// navigation away from our own pages, no <webview>.

export type NavigationPolicy = {
  /** Origins of the app's own pages (app://sekretariat, and the dev server in development). */
  trustedOrigins: readonly string[]
  /** Opens a link in the user's browser if, and only if, it is a verified meeting link. */
  openExternalLink: (url: string) => void
}

/** May the top-level page go to `url`? Only to one of our own pages. */
export function isAllowedNavigation(url: string, policy: NavigationPolicy): boolean {
  return isTrustedUrl(url, policy.trustedOrigins)
}

/**
 * May a frame go to `url`? Our own pages, plus the local documents the CSP allows in frames
 * (about:blank/srcdoc and blob: URLs created by our own pages, e.g. a PDF preview).
 */
export function isAllowedFrameNavigation(url: string, policy: NavigationPolicy): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true
  if (url.startsWith('blob:')) {
    const inner = originOf(url.slice('blob:'.length))
    return inner !== null && policy.trustedOrigins.includes(inner)
  }
  return isAllowedNavigation(url, policy)
}

type Preventable = { preventDefault(): void }
type NavigationDetails = Preventable & { url: string }

export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Never a new Electron window. A meeting link clicked with target=_blank goes to the
    // browser through the same validated path as the openLink channel; anything else is dropped.
    policy.openExternalLink(url)
    return { action: 'deny' }
  })
  const guardTop = (details: NavigationDetails) => {
    if (!isAllowedNavigation(details.url, policy)) details.preventDefault()
  }
  contents.on('will-navigate', guardTop)
  contents.on('will-redirect', guardTop)
  contents.on('will-frame-navigate', (details) => {
    const allowed = details.isMainFrame
      ? isAllowedNavigation(details.url, policy)
      : isAllowedFrameNavigation(details.url, policy)
    if (!allowed) details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
