import { describe, expect, it, vi } from 'vitest'
import { contract } from '../shared/ipc/contract'
import type { ChannelName } from '../shared/ipc/contract'
import { IpcError } from './ipc-error'
import { guardChannel, isTrustedSender, registerIpcHandlers } from './ipc-guard'
import type { ChannelHandler, HostHandlers, SenderPolicy } from './ipc-guard'

type Frame = { url: string; parent: Frame | null }
type Event = { senderFrame?: Frame | null }

const ourFrame: Frame = { url: 'app://sekretariat/index.html', parent: null }
const devFrame: Frame = { url: 'http://localhost:5173/', parent: null }
const policy: SenderPolicy<Frame> = {
  trustedOrigins: ['app://sekretariat', 'http://localhost:5173'],
  isOurMainFrame: (frame) => frame === ourFrame || frame === devFrame,
  onHandlerError: () => undefined,
}
const from = (frame: Frame | null | undefined): Event => ({ senderFrame: frame })
const ours = from(ourFrame)

/** guardChannel for this file's event type (handlers here mostly ignore the event). */
const guard = <K extends ChannelName>(
  name: K,
  handler: ChannelHandler<K, Event>,
  senderPolicy: SenderPolicy<Frame> = policy,
) => guardChannel<K, Event>(name, handler, senderPolicy)

describe('sender validation', () => {
  it('accepts the main frame of our window on the app origin, or the dev server', () => {
    expect(isTrustedSender(ours, policy)).toBe(true)
    expect(isTrustedSender(from(devFrame), policy)).toBe(true)
  })

  const cases: [string, Event][] = [
    ['no senderFrame', {}],
    ['a null senderFrame (navigated away or destroyed)', from(null)],
    ['a subframe of our window', from({ url: 'app://sekretariat/frame.html', parent: ourFrame })],
    [
      'our frame after navigating to https://evil.example',
      from({ ...ourFrame, url: 'https://evil.example/' }),
    ],
    ['a file:// page', from({ url: 'file:///C:/Users/x/evil.html', parent: null })],
    ['a lookalike app host', from({ url: 'app://sekretariat.evil/index.html', parent: null })],
    ['a data: page', from({ url: 'data:text/html,hi', parent: null })],
    ['about:blank', from({ url: 'about:blank', parent: null })],
    [
      'a frame whose senderFrame getter throws',
      Object.defineProperty({}, 'senderFrame', {
        get() {
          throw new Error('Render frame was disposed')
        },
      }),
    ],
  ]

  it.each(cases)('rejects %s', async (_label, event) => {
    const handler = vi.fn(() => ({ opened: true }))
    const listener = guard('openLink', handler, {
      ...policy,
      // Identity is checked separately: here every frame counts as "ours" except where noted,
      // so the origin and subframe rules are what reject.
      isOurMainFrame: () => true,
    })
    await expect(listener(event, { url: 'https://zoom.us/j/1' })).rejects.toThrow(
      'forbidden_sender',
    )
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects an app-origin main frame that is not one of our windows', async () => {
    const stranger: Frame = { url: 'app://sekretariat/index.html', parent: null }
    const handler = vi.fn()
    const listener = guard('appInfo', handler, policy)
    await expect(listener(from(stranger))).rejects.toThrow('forbidden_sender')
    expect(handler).not.toHaveBeenCalled()
  })

  it('checks the sender before looking at the payload', async () => {
    const listener = guard('openLink', vi.fn(), policy)
    await expect(listener(from(null), 'garbage')).rejects.toThrow('forbidden_sender')
  })
})

const payload = (json: string) => JSON.parse(json) as unknown
const bytes = new Uint8Array([1, 2, 3])
const filters = [{ name: 'Spreadsheet', extensions: ['xlsx', 'csv'] }]

const hostile: [ChannelName, string, unknown[]][] = [
  ['appInfo', 'an object instead of nothing', [{}]],
  ['appInfo', 'a second argument', [undefined, 'extra']],
  ['print', 'options the renderer may not choose', [{ silent: true, deviceName: 'x' }]],
  ['openLink', 'an extra key', [{ url: 'https://zoom.us/j/1', external: true }]],
  ['openLink', 'a __proto__ key', [payload('{"url":"https://zoom.us/j/1","__proto__":{"x":1}}')]],
  [
    'openLink',
    'a url hidden in __proto__',
    [payload('{"__proto__":{"url":"https://zoom.us/j/1"}}')],
  ],
  ['openLink', 'a number', [{ url: 42 }]],
  ['openLink', 'a huge string', [{ url: `https://zoom.us/j/${'9'.repeat(5000)}` }]],
  ['openLink', 'null', [null]],
  ['openLink', 'a bare string', ['https://zoom.us/j/1']],
  ['openLink', 'an array', [['https://zoom.us/j/1']]],
  ['openFile', 'a path to open', [{ filters, path: '/etc/passwd' }]],
  ['openFile', 'filters of the wrong type', [{ filters: '*.*' }]],
  [
    'openFile',
    'a filter extension with a path in it',
    [{ filters: [{ name: 'x', extensions: ['../x'] }] }],
  ],
  ['openFile', 'too many filters', [{ filters: Array.from({ length: 11 }, () => filters[0]) }]],
  ['saveFile', 'a path-ish name', [{ suggestedName: '../../etc/passwd', bytes, filters }]],
  ['saveFile', 'a Windows path', [{ suggestedName: 'C:\\x', bytes, filters }]],
  ['saveFile', 'a UNC path', [{ suggestedName: '\\\\server\\share\\x.xlsx', bytes, filters }]],
  ['saveFile', 'a dot-dot name', [{ suggestedName: '..', bytes, filters }]],
  ['saveFile', 'a NUL in the name', [{ suggestedName: 'a\u0000.xlsx', bytes, filters }]],
  ['saveFile', 'a huge name', [{ suggestedName: `${'a'.repeat(5000)}.xlsx`, bytes, filters }]],
  ['saveFile', 'bytes as a number array', [{ suggestedName: 'a.xlsx', bytes: [1, 2, 3], filters }]],
  ['saveFile', 'bytes as a string', [{ suggestedName: 'a.xlsx', bytes: 'AQID', filters }]],
  ['saveFile', 'a target path', [{ suggestedName: 'a.xlsx', bytes, filters, path: '/tmp/a' }]],
  ['saveFile', 'no filters', [{ suggestedName: 'a.xlsx', bytes }]],
]

describe('payload validation', () => {
  it.each(hostile)('%s: rejects %s without calling the handler', async (name, _label, args) => {
    const handler = vi.fn()
    const listener = guard(name, handler, policy)
    const failure = await listener(ours, ...args).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IpcError)
    // A bare code: no stack of zod issues, no echo of what was sent.
    expect((failure as Error).message).toBe('invalid_request')
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes the parsed request (not the raw object) to the handler', async () => {
    const handler = vi.fn((_request: unknown, _event: Event) => ({ saved: true }))
    const listener = guard('saveFile', handler, policy)
    const request = { suggestedName: 'Daftar Peserta.xlsx', bytes, filters }
    await expect(listener(ours, request)).resolves.toEqual({ saved: true })
    expect(handler).toHaveBeenCalledWith(request, ours)
    expect(handler.mock.calls[0]?.[0]).not.toBe(request)
  })

  it('accepts no argument for channels without a request', async () => {
    const listener = guard('print', () => ({ printed: true }), policy)
    await expect(listener(ours)).resolves.toEqual({ printed: true })
  })
})

describe('handler results and failures', () => {
  it('rejects a result that does not match the response schema', async () => {
    const listener = guard('openLink', () => ({ opened: 'yes' }) as never, policy)
    await expect(listener(ours, { url: 'https://zoom.us/j/1' })).rejects.toThrow('invalid_response')
  })

  it('hides unexpected errors behind a code and logs them in main', async () => {
    const onHandlerError = vi.fn()
    const listener = guard(
      'appInfo',
      () => {
        throw new Error('EACCES: /home/secretariat/Documents/passports.xlsx')
      },
      { ...policy, onHandlerError },
    )
    const failure = (await listener(ours).catch((error: unknown) => error)) as Error
    expect(failure.message).toBe('handler_failed')
    expect(String(failure)).not.toContain('passports')
    expect(onHandlerError).toHaveBeenCalledWith('app:info', expect.any(Error))
  })

  it('lets a handler answer with its own code', async () => {
    const listener = guard(
      'openFile',
      () => {
        throw new IpcError('file_too_large')
      },
      policy,
    )
    await expect(listener(ours, { filters })).rejects.toThrow('file_too_large')
  })
})

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, each guarded', async () => {
    const registered = new Map<string, (event: Event, ...args: unknown[]) => Promise<unknown>>()
    const handlers: HostHandlers<Event> = {
      appInfo: () => ({ version: '0.1.0', platform: 'linux', electron: '39.0.0' }),
      openFile: () => null,
      saveFile: () => ({ saved: false }),
      openLink: () => ({ opened: false }),
      print: () => ({ printed: false }),
      printToPdf: () => ({ bytes: new Uint8Array() }),
      copyText: () => ({ copied: false }),
      backupsWrite: () => ({ removed: [] }),
      backupsList: () => ({ folder: '/b', entries: [] }),
      backupsRead: () => ({ bytes: new Uint8Array() }),
      backupsFolder: () => ({ folder: '/b', changed: false }),
      manifestRead: () => ({ manifest: null }),
      manifestWrite: () => ({ written: true }),
      secretsKey: () => ({ key: new Uint8Array(32), keyId: '0123456789abcdef', protection: 'os' }),
    }
    registerIpcHandlers<Event>({ handle: (c, l) => void registered.set(c, l) }, handlers, policy)
    expect([...registered.keys()].sort()).toEqual(
      Object.values(contract)
        .map((entry) => entry.channel)
        .sort(),
    )
    await expect(registered.get('app:info')?.(ours)).resolves.toMatchObject({ version: '0.1.0' })
    await expect(registered.get('app:info')?.(from(null))).rejects.toThrow('forbidden_sender')
  })
})
