import { browserShelf, type ShelfEntry } from '../../db/backup-shelf'
import { host, type Host } from '../../platform'

// Where backups the app makes go: the backups folder main writes to in the desktop app, or the
// browser's own shelf (a separate IndexedDB database) in a plain browser.

export type { ShelfEntry }

export interface Shelf {
  kind: 'folder' | 'browser'
  write(name: string, bytes: Uint8Array): Promise<{ removed: string[] }>
  list(): Promise<ShelfEntry[]>
  read(name: string): Promise<Uint8Array>
}

export function shelfFor(platform: Host = host): Shelf {
  const folder = platform.backupFolder
  if (!folder) return { kind: 'browser', ...browserShelf }
  return {
    kind: 'folder',
    write: (name, bytes) => folder.write(name, bytes),
    list: async () => (await folder.list()).entries,
    read: (name) => folder.read(name),
  }
}
