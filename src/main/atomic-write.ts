import { randomUUID } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// A save must never leave a half-written file where a good one was: a laptop lid closes, a USB
// stick is pulled, the disk fills. So we write a temp file beside the target (same folder, so the
// same file system and rename is atomic), flush it to disk, and only then rename it over the
// target. Readers see the old file or the new one, never a mix.

type WritableHandle = {
  writeFile(data: Uint8Array | string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file-system calls the writer makes; tests swap one out to fail at a chosen step. */
export type AtomicWriteFs = {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
}

export const nodeAtomicWriteFs: AtomicWriteFs = { open, rename, rm }

export type AtomicWriteOptions = { mode?: number; fs?: AtomicWriteFs }

/** The temp file a write to `target` goes through; dot-prefixed so file pickers hide it. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`)
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicWriteFs
  const temp = tempPathFor(target)
  let handle: WritableHandle | null = null
  try {
    // 'wx': never follow or reuse something already sitting at the temp path.
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = null
    await fs.rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(target), fs)
}

/** Persists the rename itself on POSIX; Windows cannot open folders this way, and need not. */
async function syncDirectory(folder: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const dir = await fs.open(folder, 'r')
    await dir.sync().finally(() => dir.close())
  } catch {
    // Best effort: the data itself is already flushed and in place.
  }
}
