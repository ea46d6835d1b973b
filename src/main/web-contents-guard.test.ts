import { EventEmitter } from 'node:events'
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { hardenWebContents, isAllowedFrameNavigation } from './web-contents-guard'
import type { NavigationPolicy } from './web-contents-guard'

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  })
  const policy: NavigationPolicy = {
    trustedOrigins: ['app://sekretariat'],
    openExternalLink: vi.fn(),
  }
  hardenWebContents(contents as unknown as WebContents, policy)
  const open = (url: string) => openHandler?.({ url } as HandlerDetails)
  /** Emits a navigation event and says whether it was prevented. */
  const navigate = (event: string, url: string, extra: Record<string, unknown> = {}) => {
    const details = { url, ...extra, preventDefault: vi.fn() }
    emitter.emit(event, details, url)
    return details.preventDefault.mock.calls.length > 0
  }
  return { open, navigate, policy, emitter }
}

const foreign = [
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<h1>hi</h1>',
  'app://sekretariat.evil.example/index.html',
  'https://zoom.us/j/85012345678',
]

describe('window.open and target=_blank', () => {
  it.each([...foreign, 'app://sekretariat/index.html', 'about:blank'])('denies %s', (url) => {
    const { open } = fakeContents()
    expect(open(url)).toEqual({ action: 'deny' })
  })

  it('hands the URL to the validated external opener, which decides', () => {
    const { open, policy } = fakeContents()
    open('https://us02web.zoom.us/j/85012345678?pwd=abc')
    expect(policy.openExternalLink).toHaveBeenCalledWith(
      'https://us02web.zoom.us/j/85012345678?pwd=abc',
    )
  })
})

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: prevents every foreign URL', (event) => {
    const { navigate } = fakeContents()
    for (const url of foreign) expect(navigate(event, url), url).toBe(true)
  })

  it.each(['will-navigate', 'will-redirect'])('%s: lets our own pages through', (event) => {
    const { navigate } = fakeContents()
    expect(navigate(event, 'app://sekretariat/index.html#/rooms')).toBe(false)
  })

  it('will-frame-navigate: prevents foreign URLs in the main frame and in subframes', () => {
    const { navigate } = fakeContents()
    for (const url of foreign) {
      expect(navigate('will-frame-navigate', url, { isMainFrame: true }), url).toBe(true)
      expect(navigate('will-frame-navigate', url, { isMainFrame: false }), url).toBe(true)
    }
    expect(navigate('will-frame-navigate', 'about:blank', { isMainFrame: true })).toBe(true)
  })

  it('will-frame-navigate: allows our pages, and local documents in subframes', () => {
    const { navigate } = fakeContents()
    expect(navigate('will-frame-navigate', 'app://sekretariat/', { isMainFrame: true })).toBe(false)
    for (const url of ['about:blank', 'about:srcdoc', 'blob:app://sekretariat/1b4e28ba']) {
      expect(navigate('will-frame-navigate', url, { isMainFrame: false }), url).toBe(false)
    }
  })

  it('prevents every <webview>', () => {
    const { emitter } = fakeContents()
    const event = { preventDefault: vi.fn() }
    emitter.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('isAllowedFrameNavigation', () => {
  const policy = { trustedOrigins: ['app://sekretariat'], openExternalLink: () => undefined }
  it.each(['blob:https://evil.example/1', 'blob:null/1', 'blob:', 'about:blank#x', 'about:config'])(
    'refuses %s',
    (url) => {
      expect(isAllowedFrameNavigation(url, policy)).toBe(false)
    },
  )
})
