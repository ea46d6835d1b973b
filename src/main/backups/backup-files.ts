import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseBackupFileName } from '../../shared/backup/file-names'
import { MAX_HEADER_BYTES, readBackupHeader, type BackupHeader } from '../../shared/backup/format'
import { backupsToDelete } from '../../shared/backup/retention'
import type { ResponseOf } from '../../shared/ipc/contract'
import { writeFileAtomic, type AtomicWriteFs } from '../atomic-write'
import { IpcError } from '../ipc-error'
import { MAX_OPEN_FILE_BYTES, readFileCapped } from '../read-file-capped'

// The backups folder on disk. Main knows file names (date and reason), the header line and the
// retention rule; it never looks inside the payload. Only files named like backups are listed,
// read or deleted: whatever else a person keeps in the folder is left alone.

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT'])

function failure(error: unknown): IpcError {
  if (error instanceof IpcError) return error
  const code = (error as { code?: unknown })?.code
  return new IpcError(
    typeof code === 'string' && DISK_FULL.has(code) ? 'disk_full' : 'write_failed',
  )
}

export interface WriteOptions {
  now?: Date
  timeZone?: string
  fs?: AtomicWriteFs
}

/**
 * Writes one backup atomically (temp file, flush, rename), then applies the retention rule.
 * A failed write leaves every existing backup as it was and deletes nothing.
 */
export async function writeBackup(
  folder: string,
  name: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Promise<ResponseOf<'backupsWrite'>> {
  if (!parseBackupFileName(name)) throw new IpcError('invalid_request')
  // Only backup files go into the backups folder.
  if (!readBackupHeader(bytes).ok) throw new IpcError('invalid_request')
  try {
    await mkdir(folder, { recursive: true })
    await writeFileAtomic(join(folder, name), bytes, options.fs ? { fs: options.fs } : {})
  } catch (error) {
    throw failure(error)
  }
  return { removed: await applyRetention(folder, options.now ?? new Date(), options.timeZone) }
}

/** Deletes what the retention rule lets go; a file that cannot be deleted is simply kept. */
export async function applyRetention(
  folder: string,
  now: Date,
  timeZone?: string,
): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  const dated = names.flatMap((n) => parseBackupFileName(n) ?? [])
  const removed: string[] = []
  for (const name of backupsToDelete(dated, now, timeZone ?? localZone())) {
    try {
      await rm(join(folder, name))
      removed.push(name)
    } catch {
      // Locked by a sync client or an antivirus: next time.
    }
  }
  return removed
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

const HEAD_CHUNK = 64 * 1024

/** The header line of a backup file, or null when it cannot be read as one. */
export async function readHeader(path: string): Promise<BackupHeader | null> {
  let handle
  try {
    handle = await open(path, 'r')
    let size = HEAD_CHUNK
    for (;;) {
      const buffer = new Uint8Array(size)
      const { bytesRead } = await handle.read(buffer, 0, size, 0)
      const bytes = buffer.subarray(0, bytesRead)
      if (bytes.includes(0x0a)) {
        const head = readBackupHeader(bytes)
        return head.ok ? head.header : null
      }
      if (bytesRead < size || size >= MAX_HEADER_BYTES) return null
      size = Math.min(size * 4, MAX_HEADER_BYTES)
    }
  } catch {
    return null
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

export async function listBackups(folder: string): Promise<ResponseOf<'backupsList'>> {
  const names = await readdir(folder).catch(() => [] as string[])
  const entries: ResponseOf<'backupsList'>['entries'] = []
  for (const name of names) {
    const info = parseBackupFileName(name)
    if (!info) continue
    const path = join(folder, name)
    const size = await stat(path).then(
      (s) => (s.isFile() ? s.size : -1),
      () => -1,
    )
    if (size < 0) continue
    entries.push({ ...info, size, header: await readHeader(path) })
  }
  entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return { folder, entries }
}

export async function readBackup(folder: string, name: string): Promise<Uint8Array> {
  if (!parseBackupFileName(name)) throw new IpcError('invalid_request')
  const path = join(folder, name)
  const exists = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!exists) throw new IpcError('not_found')
  return readFileCapped(path, MAX_OPEN_FILE_BYTES)
}
