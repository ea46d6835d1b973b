import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkForSilentLoss, type DataManifest } from '../../shared/backup/manifest'
import { MANIFEST_FILE, readManifest, writeManifest } from './manifest-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-manifest-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const manifest: DataManifest = {
  version: 1,
  updatedAt: '2026-08-01T10:00:00.000Z',
  counts: { events: 2, participants: 140, contacts: 130, settings: 3 },
  lastBackup: {
    name: 'sekretariat-2026-08-01T09-45-00-000Z-auto.sekbackup',
    createdAt: '2026-08-01T09:45:00.000Z',
    fingerprint: 'contacts:130|12',
  },
}

describe('data manifest in main', () => {
  it('is null before the first write, then reads back what was written', async () => {
    expect(await readManifest(dir)).toBeNull()
    await writeManifest(join(dir, 'new'), manifest)
    expect(await readManifest(join(dir, 'new'))).toEqual(manifest)
    expect(await readdir(join(dir, 'new'))).toEqual([MANIFEST_FILE])
  })

  it('reads a damaged or foreign manifest as none', async () => {
    await writeFile(join(dir, MANIFEST_FILE), '{"version":1,"counts":')
    expect(await readManifest(dir)).toBeNull()
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, version: 7 }))
    expect(await readManifest(dir)).toBeNull()
  })

  it('lets the renderer tell a wiped database from a new one', async () => {
    await writeManifest(dir, manifest)
    const remembered = await readManifest(dir)
    // A fresh profile: IndexedDB is empty but main still remembers 272 records.
    expect(checkForSilentLoss(remembered, { settings: 0 })).toMatchObject({
      status: 'suspect',
      expected: 272,
      found: 0,
    })
    // A first start ever: no manifest, nothing to compare.
    await rm(join(dir, MANIFEST_FILE))
    expect(checkForSilentLoss(await readManifest(dir), {})).toEqual({ status: 'ok' })
  })
})
