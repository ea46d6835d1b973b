import type { ChannelName, Contract } from './contract'

// The contract's channel names and bridge name as plain data, so the sandboxed preload can build
// the bridge without bundling zod (contract.ts builds zod schemas at import time). The
// `satisfies` clause fails type-checking the moment this drifts from contract.ts.

export const HOST_CHANNELS = {
  appInfo: 'app:info',
  openFile: 'file:open',
  saveFile: 'file:save',
  openLink: 'link:open',
  print: 'window:print',
  printToPdf: 'window:printToPdf',
  copyText: 'clipboard:writeText',
  backupsWrite: 'backups:write',
  backupsList: 'backups:list',
  backupsRead: 'backups:read',
  backupsFolder: 'backups:folder',
  manifestRead: 'manifest:read',
  manifestWrite: 'manifest:write',
  secretsKey: 'secrets:key',
} as const satisfies { [K in ChannelName]: Contract[K]['channel'] }

/** Same value as contract.ts's HOST_BRIDGE_NAME (checked by the preload test). */
export const HOST_BRIDGE_NAME = 'sekretariatHost'
