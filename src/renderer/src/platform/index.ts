import { HOST_BRIDGE_NAME, type HostApi } from '../../../shared/ipc/contract'
import { createBrowserHost } from './browser-host'
import { createElectronHost } from './electron-host'
import type { Host } from './host'

export type { FileFilter, Host, OpenedFile } from './host'

// The only place that knows which implementation runs: the preload bridge is present in
// Electron and absent in a plain browser.
function pickHost(): Host {
  const bridge = (window as unknown as Record<string, unknown>)[HOST_BRIDGE_NAME]
  return bridge ? createElectronHost(bridge as HostApi) : createBrowserHost()
}

export const host: Host = pickHost()
