import type { Session } from 'electron'

// The console needs no camera, microphone, location, notifications, USB, HID, serial, MIDI or
// screen capture, so every web permission is refused, both when a page asks (request) and when
// Chromium checks silently (check). Meetings happen in the user's browser or meeting app.

type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // Calling back with no source refuses screen capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}))
}
