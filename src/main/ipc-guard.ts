import type { z } from 'zod'
import { contract } from '../shared/ipc/contract'
import type { ChannelName, RequestOf, ResponseOf } from '../shared/ipc/contract'
import { isTrustedUrl } from './app-origin'
import { IpcError } from './ipc-error'

// Every IPC request passes the same four gates, in this order: who sent it, what it says, the
// handler, what we answer. Written against small structural types so tests need no Electron.

/** The parts of Electron's WebFrameMain the sender check reads. */
export type FrameLike = { readonly url: string; readonly parent: unknown }
/** The parts of Electron's IpcMainInvokeEvent the guard reads. */
export type IpcEventLike = { readonly senderFrame?: FrameLike | null }
type FrameOf<E extends IpcEventLike> = NonNullable<E['senderFrame']>

export type SenderPolicy<F extends FrameLike = FrameLike> = {
  /** Origins allowed to call the host (app://sekretariat, plus the dev server in development). */
  trustedOrigins: readonly string[]
  /** True only for the main frame of one of our own windows. */
  isOurMainFrame: (frame: F) => boolean
  /** Where unexpected handler failures are logged (main-process console by default). */
  onHandlerError?: (channel: string, error: unknown) => void
}

export type ChannelHandler<K extends ChannelName, E> = (
  request: RequestOf<K>,
  event: E,
) => Promise<ResponseOf<K>> | ResponseOf<K>

/** Gate 1: the request comes from the top frame of one of our windows, showing one of our pages. */
export function isTrustedSender<E extends IpcEventLike>(
  event: E,
  policy: SenderPolicy<FrameOf<E>>,
): boolean {
  try {
    // senderFrame is null once the frame navigated away or was destroyed; reading it can throw.
    const frame = event.senderFrame as FrameOf<E> | null | undefined
    if (frame == null || frame.parent !== null) return false
    return policy.isOurMainFrame(frame) && isTrustedUrl(frame.url, policy.trustedOrigins)
  } catch {
    return false
  }
}

/** Wraps one channel's handler in all four gates; the result is an `ipcMain.handle` listener. */
export function guardChannel<K extends ChannelName, E extends IpcEventLike>(
  name: K,
  handler: ChannelHandler<K, E>,
  policy: SenderPolicy<FrameOf<E>>,
): (event: E, ...args: unknown[]) => Promise<ResponseOf<K>> {
  const request = contract[name].request as unknown as z.ZodType<RequestOf<K>>
  const response = contract[name].response as unknown as z.ZodType<ResponseOf<K>>
  return async (event, ...args) => {
    if (!isTrustedSender(event, policy)) throw new IpcError('forbidden_sender')
    // The preload sends exactly one argument; anything else did not come through it.
    if (args.length > 1) throw new IpcError('invalid_request')
    const parsed = request.safeParse(args[0])
    if (!parsed.success) throw new IpcError('invalid_request')
    let result: ResponseOf<K>
    try {
      result = await handler(parsed.data, event)
    } catch (error) {
      if (error instanceof IpcError) throw error
      const log = policy.onHandlerError ?? logHandlerError
      log(contract[name].channel, error)
      throw new IpcError('handler_failed')
    }
    const checked = response.safeParse(result)
    if (!checked.success) throw new IpcError('invalid_response')
    return checked.data
  }
}

function logHandlerError(channel: string, error: unknown): void {
  console.error(`[ipc] ${channel} failed`, error)
}

export type HostHandlers<E> = { [K in ChannelName]: ChannelHandler<K, E> }

type IpcMainLike<E> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void
}

/** Registers every channel of the contract, each behind guardChannel. */
export function registerIpcHandlers<E extends IpcEventLike>(
  ipc: IpcMainLike<E>,
  handlers: HostHandlers<E>,
  policy: SenderPolicy<FrameOf<E>>,
): void {
  const register = <K extends ChannelName>(name: K) =>
    ipc.handle(contract[name].channel, guardChannel<K, E>(name, handlers[name], policy))
  for (const name of Object.keys(contract) as ChannelName[]) register(name)
}
