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
    printToPdf: async () => (await bridge.printToPdf()).bytes,
    copyText: async (text) => (await bridge.copyText({ text })).copied,
    backupFolder: {
      write: (name, bytes) => bridge.backupsWrite({ name, bytes }),
      list: () => bridge.backupsList(),
      read: async (name) => (await bridge.backupsRead({ name })).bytes,
      folder: (action) => bridge.backupsFolder({ action }),
    },
    readManifest: async () => (await bridge.manifestRead()).manifest,
    writeManifest: async (manifest) => void (await bridge.manifestWrite({ manifest })),
    secretKey: async () => {
      try {
        return await bridge.secretsKey()
      } catch {
        // No OS keyring (or one that cannot open the key): the renderer keeps its own key.
        return null
      }
    },
  }
}
