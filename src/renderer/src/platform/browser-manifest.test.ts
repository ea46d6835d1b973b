import { describe, expect, it } from 'vitest'
import type { DataManifest } from '../../../shared/backup/manifest'
import {
  LEGACY_MANIFEST_KEY,
  readBrowserManifest,
  writeBrowserManifest,
  type ManifestPlaces,
} from './browser-manifest'

const manifest = (participants: number): DataManifest => ({
  version: 1,
  updatedAt: '2026-11-28T10:00:00.000Z',
  counts: { events: 1, participants },
})

/** An origin-private folder in memory: a file's text changes only when its writable closes. */
function memoryFolder(options: { failWrites?: boolean } = {}) {
  const files = new Map<string, string>()
  const handle = (name: string) => ({
    getFile: async () => ({ text: async () => files.get(name)! }),
    createWritable: async () => {
      if (options.failWrites) throw new DOMException('disk full', 'QuotaExceededError')
      let pending = ''
      return {
        write: async (text: string) => void (pending += text),
        close: async () => void files.set(name, pending),
      }
    },
  })
  const folder = {
    getFileHandle: async (name: string, open?: { create?: boolean }) => {
      if (!files.has(name) && !open?.create) throw new DOMException('none', 'NotFoundError')
      return handle(name)
    },
  }
  return { folder: folder as unknown as FileSystemDirectoryHandle, files }
}

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

describe('the browser build’s data manifest', () => {
  it('is written to the origin-private file and read back from it', async () => {
    const { folder, files } = memoryFolder()
    const storage = memoryStorage()
    const places: ManifestPlaces = { folder: async () => folder, storage }
    await writeBrowserManifest(manifest(6), places)
    expect(files.size).toBe(1)
    expect(storage.items.size).toBe(0)
    expect(await readBrowserManifest(places)).toEqual(manifest(6))
  })

  it('reads what earlier versions kept in localStorage, and moves it on the next write', async () => {
    const { folder } = memoryFolder()
    const storage = memoryStorage()
    storage.setItem(LEGACY_MANIFEST_KEY, JSON.stringify(manifest(4)))
    const places: ManifestPlaces = { folder: async () => folder, storage }
    expect(await readBrowserManifest(places)).toEqual(manifest(4))
    await writeBrowserManifest(manifest(5), places)
    expect(storage.getItem(LEGACY_MANIFEST_KEY)).toBeNull()
    expect(await readBrowserManifest(places)).toEqual(manifest(5))
  })

  it('keeps the safety net in localStorage when there is no file system or the write fails', async () => {
    for (const folder of [null, memoryFolder({ failWrites: true }).folder]) {
      const storage = memoryStorage()
      const places: ManifestPlaces = { folder: async () => folder, storage }
      await writeBrowserManifest(manifest(7), places)
      expect(JSON.parse(storage.getItem(LEGACY_MANIFEST_KEY)!)).toEqual(manifest(7))
      expect(await readBrowserManifest(places)).toEqual(manifest(7))
    }
  })

  it('treats a damaged or foreign file as no manifest, falling back to an older copy', async () => {
    const { folder, files } = memoryFolder()
    const storage = memoryStorage()
    const places: ManifestPlaces = { folder: async () => folder, storage }
    await writeBrowserManifest(manifest(3), places)
    const name = [...files.keys()][0]!
    for (const text of ['{"version":1', '{"version":2,"counts":{}}', '{"__proto__":{"x":1}}']) {
      files.set(name, text)
      expect(await readBrowserManifest(places)).toBeNull()
    }
    storage.setItem(LEGACY_MANIFEST_KEY, JSON.stringify(manifest(2)))
    expect(await readBrowserManifest(places)).toEqual(manifest(2))
  })
})
