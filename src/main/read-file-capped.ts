import { open } from 'node:fs/promises'
import { IpcError } from './ipc-error'

/** The largest file the renderer may ask us to read (the contract's bytes limit). */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024

/**
 * Reads a regular file whole, refusing it when larger than `maxBytes`. The size is checked up
 * front and again while reading, because the file can grow in between (a sync client writing it).
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch(() => {
    throw new IpcError('read_failed')
  })
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new IpcError('read_failed')
    if (stats.size > maxBytes) throw new IpcError('file_too_large')
    const chunks: Uint8Array[] = []
    let total = 0
    // `end` is inclusive: reading one byte past the cap is how growth is noticed.
    for await (const chunk of handle.createReadStream({
      start: 0,
      end: maxBytes,
      autoClose: false,
    })) {
      const bytes = chunk as Uint8Array
      total += bytes.byteLength
      if (total > maxBytes) throw new IpcError('file_too_large')
      chunks.push(bytes)
    }
    const result = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      result.set(chunk, offset)
      offset += chunk.byteLength
    }
    return result
  } catch (error) {
    throw error instanceof IpcError ? error : new IpcError('read_failed')
  } finally {
    await handle.close().catch(() => undefined)
  }
}
