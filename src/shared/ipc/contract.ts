import { z } from 'zod'
import { backupHeaderSchema, backupReasons } from '../backup/format'
import { isBackupFileName } from '../backup/file-names'
import { dataManifestSchema } from '../backup/manifest'

// The one IPC contract. Main parses every request with `request`, the preload exposes one
// function per channel, and the renderer's Electron platform calls them by name. Nothing else
// crosses the process boundary.

const MAX_FILE_BYTES = 200 * 1024 * 1024

const fileFilter = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(20),
})

/** A file name a user could type: no folders, no control characters, no reserved names. */
export const safeFileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what must be refused here.
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'invalid characters')
  .refine((name) => name !== '.' && name !== '..' && !name.endsWith('.') && !name.endsWith(' '))

const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected')
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large')

const backupFileName = z.string().max(200).refine(isBackupFileName, 'not a backup file name')

const backupEntry = z.object({
  name: backupFileName,
  createdAt: z.string().max(40),
  reason: z.enum(backupReasons),
  size: z.number().int().nonnegative(),
  /** null when the file's header cannot be read (damaged, or not really a backup). */
  header: backupHeaderSchema.nullable(),
})

export const contract = {
  appInfo: {
    channel: 'app:info',
    request: z.undefined(),
    response: z.object({ version: z.string(), platform: z.string(), electron: z.string() }),
  },
  openFile: {
    channel: 'file:open',
    request: z.object({ filters: z.array(fileFilter).max(10) }).strict(),
    response: z.object({ name: z.string(), bytes }).nullable(),
  },
  saveFile: {
    channel: 'file:save',
    request: z
      .object({ suggestedName: safeFileName, bytes, filters: z.array(fileFilter).max(10) })
      .strict(),
    response: z.object({ saved: z.boolean() }),
  },
  openLink: {
    channel: 'link:open',
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  print: {
    channel: 'window:print',
    request: z.undefined(),
    response: z.object({ printed: z.boolean() }),
  },
  /** The asking window's page as PDF bytes (print styles, A4), saved by the renderer via saveFile. */
  printToPdf: {
    channel: 'window:printToPdf',
    request: z.undefined(),
    response: z.object({ bytes }),
  },
  /** Plain text onto the system clipboard (a release for email or social media). */
  copyText: {
    channel: 'clipboard:writeText',
    request: z.object({ text: z.string().max(1_000_000) }).strict(),
    response: z.object({ copied: z.boolean() }),
  },
  // Backups: main writes, lists and reads files in the backups folder; the renderer names a
  // backup only by its file name (date and reason), never by a path.
  backupsWrite: {
    channel: 'backups:write',
    request: z.object({ name: backupFileName, bytes }).strict(),
    response: z.object({ removed: z.array(z.string().max(200)) }),
  },
  backupsList: {
    channel: 'backups:list',
    request: z.undefined(),
    response: z.object({ folder: z.string().max(4096), entries: z.array(backupEntry).max(10_000) }),
  },
  backupsRead: {
    channel: 'backups:read',
    request: z.object({ name: backupFileName }).strict(),
    response: z.object({ bytes }),
  },
  backupsFolder: {
    channel: 'backups:folder',
    request: z.object({ action: z.enum(['get', 'choose', 'reveal']) }).strict(),
    response: z.object({ folder: z.string().max(4096), changed: z.boolean() }),
  },
  manifestRead: {
    channel: 'manifest:read',
    request: z.undefined(),
    response: z.object({ manifest: dataManifestSchema.nullable() }),
  },
  manifestWrite: {
    channel: 'manifest:write',
    request: z.object({ manifest: dataManifestSchema }).strict(),
    response: z.object({ written: z.boolean() }),
  },
  /** The key that seals passport numbers and host keys, kept by main with safeStorage. */
  secretsKey: {
    channel: 'secrets:key',
    request: z.undefined(),
    response: z.object({
      key: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength === 32),
      keyId: z.string().regex(/^[0-9a-f]{16}$/),
      protection: z.enum(['os', 'basic']),
    }),
  },
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type RequestOf<K extends ChannelName> = z.infer<Contract[K]['request']>
export type ResponseOf<K extends ChannelName> = z.infer<Contract[K]['response']>

/** The function the preload exposes for each channel. */
export type HostApi = {
  [K in ChannelName]: RequestOf<K> extends undefined
    ? () => Promise<ResponseOf<K>>
    : (request: RequestOf<K>) => Promise<ResponseOf<K>>
}

/** The global name the preload bridge is exposed under. */
export const HOST_BRIDGE_NAME = 'sekretariatHost'
