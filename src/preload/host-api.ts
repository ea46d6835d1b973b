import { HOST_CHANNELS } from '../shared/ipc/channels'
import type { ChannelName, HostApi } from '../shared/ipc/contract'

/** Sends one request on one channel; the preload passes ipcRenderer.invoke, tests a spy. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>

/**
 * One function per contract channel, each bound to its own channel. The page gets only these
 * names: never ipcRenderer, never a way to pick the channel. Main validates every request.
 */
export function buildHostApi(invoke: Invoke): HostApi {
  const api: Record<string, (request?: unknown) => Promise<unknown>> = {}
  for (const name of Object.keys(HOST_CHANNELS) as ChannelName[]) {
    const channel = HOST_CHANNELS[name]
    api[name] = (request?: unknown) => invoke(channel, request)
  }
  return Object.freeze(api) as unknown as HostApi
}
