import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName } from '../../shared/backup/file-names'
import { openBackupFile, writeBackupFile, type BackupReason } from '../../shared/backup/format'
import { nodeAtomicWriteFs, type AtomicWriteFs } from '../atomic-write'
import { applyRetention, listBackups, readBackup, readHeader, writeBackup } from './backup-files'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-backups-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const NOW = new Date('2026-08-20T09:00:00.000Z')

async function backupBytes(label: string, reason: BackupReason = 'auto', createdAt = NOW) {
  return writeBackupFile({
    kind: 'backup',
    reason,
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: createdAt.toISOString(),
    tables: [{ name: 'events', keyPath: 'id', rows: [{ id: 'e1', nameEn: label }] }],
  })
}

const readable = async (path: string) => {
  const opened = await openBackupFile(new Uint8Array(await readFile(path)), {
    latestSchemaVersion: 2,
    kind: 'backup',
  })
  return opened.ok ? (opened.tables[0]!.rows[0] as { nameEn: string }).nameEn : opened.code
}

describe('writing a backup', () => {
  it('writes the file under its name in the folder, creating the folder', async () => {
    const folder = join(dir, 'nested', 'Backups')
    const name = backupFileName(NOW, 'manual')
    await writeBackup(folder, name, await backupBytes('first'), { now: NOW })
    expect(await readdir(folder)).toEqual([name])
    expect(await readable(join(folder, name))).toBe('first')
  })

  it('keeps the previous backup readable when it crashes between write and rename', async () => {
    const name = backupFileName(NOW, 'manual')
    await writeBackup(dir, name, await backupBytes('good'), { now: NOW })
    const crashBeforeRename: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      rename: async () => {
        throw Object.assign(new Error('power lost'), { code: 'EIO' })
      },
    }
    await expect(
      writeBackup(dir, name, await backupBytes('newer'), { now: NOW, fs: crashBeforeRename }),
    ).rejects.toThrow('write_failed')
    expect(await readable(join(dir, name))).toBe('good')
    expect(await readdir(dir)).toEqual([name])
  })

  it('keeps the old backup when a process dies with the temp file half written', async () => {
    const name = backupFileName(NOW, 'auto')
    await writeBackup(dir, name, await backupBytes('good'), { now: NOW })
    // What a killed process leaves: a hidden temp file beside the backup, never renamed.
    const full = await backupBytes('newer')
    await writeFile(join(dir, `.${name}.deadbeef.tmp`), full.subarray(0, full.length / 2))
    expect(await readable(join(dir, name))).toBe('good')
    const listed = await listBackups(dir)
    expect(listed.entries.map((e) => e.name)).toEqual([name])
  })

  it('answers disk_full, deletes nothing, when the disk is full', async () => {
    const old = backupFileName(new Date('2026-07-01T00:00:00Z'), 'auto')
    await writeFile(join(dir, old), await backupBytes('old'))
    const fullDisk: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      open: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      },
    }
    await expect(
      writeBackup(dir, backupFileName(NOW, 'auto'), await backupBytes('x'), {
        now: NOW,
        fs: fullDisk,
      }),
    ).rejects.toThrow('disk_full')
    expect(await readdir(dir)).toEqual([old])
  })

  it('refuses names that are not backup names and bytes that are not backups', async () => {
    await expect(writeBackup(dir, '../evil.sekbackup', await backupBytes('x'))).rejects.toThrow(
      'invalid_request',
    )
    await expect(
      writeBackup(dir, backupFileName(NOW, 'auto'), new TextEncoder().encode('MZ...')),
    ).rejects.toThrow('invalid_request')
    expect(await readdir(dir)).toEqual([])
  })
})

describe('retention in the folder', () => {
  it('deletes what the rule lets go and never touches other files', async () => {
    await writeFile(join(dir, 'my notes.txt'), 'keep me')
    const names: string[] = []
    for (let h = 0; h < 15; h++) {
      const at = new Date(NOW.getTime() - h * 3_600_000)
      const name = backupFileName(at, 'auto')
      names.push(name)
      await writeFile(join(dir, name), await backupBytes(`h${h}`, 'auto', at))
    }
    const removed = await applyRetention(dir, NOW, 'UTC')
    // The 10 newest of the last 24 hours, and 23:00 yesterday as yesterday's daily backup.
    expect(removed.sort()).toEqual(names.slice(11).sort())
    expect((await readdir(dir)).sort()).toEqual([...names.slice(0, 11), 'my notes.txt'].sort())
  })
})

describe('listing and reading', () => {
  it('lists backups newest first with their headers; a damaged one is listed without', async () => {
    const a = backupFileName(new Date('2026-08-19T09:00:00Z'), 'manual')
    const b = backupFileName(new Date('2026-08-20T08:00:00Z'), 'before-restore')
    await writeFile(join(dir, a), await backupBytes('A', 'manual'))
    await writeFile(join(dir, b), 'garbage')
    await writeFile(join(dir, 'other.sekbackup'), await backupBytes('not named right'))
    const list = await listBackups(dir)
    expect(
      list.entries.map((e) => [e.name, e.reason, e.header?.events[0]?.nameEn ?? null]),
    ).toEqual([
      [b, 'before-restore', null],
      [a, 'manual', 'A'],
    ])
  })

  it('reads a header whose line is longer than the first chunk', async () => {
    const bytes = await writeBackupFile({
      kind: 'backup',
      reason: 'auto',
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: NOW.toISOString(),
      tables: [
        {
          name: 'events',
          keyPath: 'id',
          rows: Array.from({ length: 800 }, (_, i) => ({ id: `e${i}`, nameEn: 'x'.repeat(200) })),
        },
      ],
    })
    const path = join(dir, backupFileName(NOW, 'auto'))
    await writeFile(path, bytes)
    expect((await readHeader(path))?.events).toHaveLength(800)
  })

  it('reads a backup by name only, never a path', async () => {
    const name = backupFileName(NOW, 'manual')
    await writeFile(join(dir, name), await backupBytes('A'))
    expect((await readBackup(dir, name)).byteLength).toBeGreaterThan(10)
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('invalid_request')
    await expect(readBackup(dir, backupFileName(new Date(0), 'auto'))).rejects.toThrow('not_found')
  })

  it('lists nothing in a folder that does not exist yet', async () => {
    expect(await listBackups(join(dir, 'missing'))).toEqual({
      folder: join(dir, 'missing'),
      entries: [],
    })
  })
})
