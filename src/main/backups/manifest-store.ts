import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dataManifestSchema, type DataManifest } from '../../shared/backup/manifest'
import { writeFileAtomic } from '../atomic-write'

// The data manifest lives in the app's own folder, outside IndexedDB: a wiped or reset store
// does not take it along, so the renderer can tell "empty because new" from "empty because lost".

export const MANIFEST_FILE = 'data-manifest.json'

/** The manifest, or null when there is none yet or it cannot be trusted. */
export async function readManifest(userData: string): Promise<DataManifest | null> {
  try {
    const parsed = dataManifestSchema.safeParse(
      JSON.parse(await readFile(join(userData, MANIFEST_FILE), 'utf8')),
    )
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeManifest(userData: string, manifest: DataManifest): Promise<void> {
  await mkdir(userData, { recursive: true })
  await writeFileAtomic(join(userData, MANIFEST_FILE), JSON.stringify(manifest))
}
