import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../atomic-write'

// Where backups go: a folder the user can see and change (Documents/Sekretariat Backups by
// default). The choice is remembered in a small file in the app's own data folder.

export const BACKUPS_CONFIG_FILE = 'backups-config.json'
export const DEFAULT_FOLDER_NAME = 'Sekretariat Backups'

const configSchema = z.object({ folder: z.string().min(1).max(4096) })

export interface FolderPaths {
  /** app.getPath('userData'): where the choice is remembered. */
  userData: string
  /** app.getPath('documents'): where the default folder lives. */
  documents: string
}

export async function readBackupsFolder(paths: FolderPaths): Promise<string> {
  try {
    const parsed = configSchema.safeParse(
      JSON.parse(await readFile(join(paths.userData, BACKUPS_CONFIG_FILE), 'utf8')),
    )
    if (parsed.success) return parsed.data.folder
  } catch {
    // No choice made yet, or an unreadable file: the default folder.
  }
  return join(paths.documents, DEFAULT_FOLDER_NAME)
}

export async function saveBackupsFolder(paths: FolderPaths, folder: string): Promise<void> {
  await mkdir(paths.userData, { recursive: true })
  await writeFileAtomic(join(paths.userData, BACKUPS_CONFIG_FILE), JSON.stringify({ folder }))
}
