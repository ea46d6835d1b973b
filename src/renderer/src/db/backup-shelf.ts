import Dexie, { type Table } from 'dexie'
import { parseBackupFileName, type BackupFileInfo } from '../../../shared/backup/file-names'
import { readBackupHeader, type BackupHeader } from '../../../shared/backup/format'
import { backupsToDelete } from '../../../shared/backup/retention'

// Where a plain browser keeps the backups it makes on its own (before a restore, an import, a
// schema upgrade): a separate IndexedDB database, so a restore of the main one never touches
// them. They protect against a bad restore or import, NOT against the browser's data being
// cleared, which takes this database too; that is what the downloads are for.

export const SHELF_DATABASE = 'sekretariat-backups'

export interface ShelfEntry extends BackupFileInfo {
  size: number
  header: BackupHeader | null
}

interface ShelfFile {
  name: string
  bytes: Uint8Array
}

class ShelfDb extends Dexie {
  /** What a list shows, small; the bytes live in `files`, read only for a restore. */
  declare entries: Table<ShelfEntry, string>
  declare files: Table<ShelfFile, string>
  constructor() {
    super(SHELF_DATABASE, { chromeTransactionDurability: 'strict', cache: 'disabled' })
    this.version(1).stores({ entries: 'name, createdAt', files: 'name' })
  }
}

let shelf: ShelfDb | null = null
const open = () => (shelf ??= new ShelfDb())

export const browserShelf = {
  /** Stores a backup and applies the same retention rule as the desktop app's folder. */
  async write(name: string, bytes: Uint8Array, now = new Date()): Promise<{ removed: string[] }> {
    const info = parseBackupFileName(name)
    if (!info) throw new Error('not a backup name')
    const head = readBackupHeader(bytes)
    const db = open()
    return db.transaction('rw', db.entries, db.files, async () => {
      await db.files.put({ name, bytes })
      await db.entries.put({
        ...info,
        size: bytes.byteLength,
        header: head.ok ? head.header : null,
      })
      const all = await db.entries.toArray()
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
      const removed = backupsToDelete(all, now, zone)
      await db.entries.bulkDelete(removed)
      await db.files.bulkDelete(removed)
      return { removed }
    })
  },
  async list(): Promise<ShelfEntry[]> {
    return open().entries.orderBy('createdAt').reverse().toArray()
  },
  async read(name: string): Promise<Uint8Array> {
    const record = await open().files.get(name)
    if (!record) throw new Error('not_found')
    return record.bytes
  },
}
