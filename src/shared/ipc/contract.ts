import { z } from 'zod'

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
