import type { HostApi } from '../../../shared/ipc/contract'
import type { Host } from './host'

export function createElectronHost(bridge: HostApi): Host {
  return {
    kind: 'electron',
    appInfo: async () => {
      const info = await bridge.appInfo()
      return { version: info.version, platform: `Electron ${info.electron}, ${info.platform}` }
    },
    openFile: (filters) => bridge.openFile({ filters }),
    saveFile: async (suggestedName, bytes, filters) =>
      (await bridge.saveFile({ suggestedName, bytes, filters })).saved,
    openLink: async (url) => (await bridge.openLink({ url })).opened,
    print: async () => (await bridge.print()).printed,
  }
}
