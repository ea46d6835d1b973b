import type { Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions } from './permissions'

function capture() {
  const handlers: Record<string, (...args: never[]) => unknown> = {}
  const session = new Proxy({} as Session, {
    get: (_target, key: string) => (handler: (...args: never[]) => unknown) => {
      handlers[key] = handler
    },
  })
  denyAllPermissions(session)
  return handlers
}

const call = (fn: ((...args: never[]) => unknown) | undefined, ...args: unknown[]) =>
  (fn as (...args: unknown[]) => unknown)(...args)

describe('denyAllPermissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'display-capture',
    'unknown',
  ])('refuses the request for %s', (permission) => {
    const callback = vi.fn()
    call(capture().setPermissionRequestHandler, {}, permission, callback, {})
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
  })

  it.each(['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb', 'storage-access'])(
    'answers no to the check for %s, even from our own origin',
    (permission) => {
      expect(
        call(capture().setPermissionCheckHandler, null, permission, 'app://sekretariat', {}),
      ).toBe(false)
    },
  )

  it('refuses devices and screen capture', () => {
    const handlers = capture()
    expect(call(handlers.setDevicePermissionHandler, { deviceType: 'usb' })).toBe(false)
    const callback = vi.fn()
    call(handlers.setDisplayMediaRequestHandler, {}, callback)
    expect(callback).toHaveBeenCalledExactlyOnceWith({})
  })
})
