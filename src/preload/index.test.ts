import { beforeEach, describe, expect, it, vi } from 'vitest'
import { HOST_BRIDGE_NAME as BRIDGE_NAME, HOST_CHANNELS } from '../shared/ipc/channels'
import { HOST_BRIDGE_NAME, contract } from '../shared/ipc/contract'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string) => `answer from ${channel}`),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}))

async function loadPreload(): Promise<Record<string, unknown>> {
  vi.resetModules()
  electron.exposeInMainWorld.mockClear()
  electron.invoke.mockClear()
  await import('./index')
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
  expect(name).toBe(HOST_BRIDGE_NAME)
  return api
}

describe('zod-free channel map', () => {
  it('matches the contract exactly', () => {
    expect(BRIDGE_NAME).toBe(HOST_BRIDGE_NAME)
    expect(HOST_CHANNELS).toEqual(
      Object.fromEntries(Object.entries(contract).map(([name, entry]) => [name, entry.channel])),
    )
  })
})

describe('preload bridge', () => {
  let api: Record<string, unknown>
  beforeEach(async () => {
    api = await loadPreload()
  })

  it(`exposes exactly the contract's functions under ${HOST_BRIDGE_NAME}`, () => {
    expect(HOST_BRIDGE_NAME).toBe('sekretariatHost')
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('exposes no ipcRenderer and no generic invoke', () => {
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'removeListener']) {
      expect(api).not.toHaveProperty(key)
    }
    expect(Object.values(api)).not.toContain(electron.invoke)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it.each(Object.entries(contract))('%s invokes its own channel', async (name, { channel }) => {
    const request = { probe: name }
    const call = api[name] as (request: unknown) => Promise<unknown>
    await expect(call(request)).resolves.toBe(`answer from ${channel}`)
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, request)
  })

  it('cannot be steered to another channel by its argument', async () => {
    const openLink = api.openLink as (request: unknown) => Promise<unknown>
    await openLink({ channel: 'file:save', url: 'https://zoom.us/j/1' })
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('link:open', {
      channel: 'file:save',
      url: 'https://zoom.us/j/1',
    })
  })
})
