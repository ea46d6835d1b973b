import { dataManifestSchema, type DataManifest } from '../../../shared/backup/manifest'

// Where the browser build keeps the data manifest: a file in the origin-private file system.
// It lives outside IndexedDB, so it survives Chromium recreating a damaged IndexedDB store, and
// a written file is handed to the system at once, so it also survives the browser being killed
// right after (localStorage, where it used to be, reaches disk seconds late). "Clear site data",
// a reset profile or a new origin still wipe it with the data: the browser build's limit.

const FILE_NAME = 'sekretariat-manifest.json'
/** Where earlier versions kept it: still read until the first write moves it to the file. */
export const LEGACY_MANIFEST_KEY = 'sekretariat.manifest'

export interface ManifestPlaces {
  /** The origin-private folder, or null where the browser has none. */
  folder: () => Promise<FileSystemDirectoryHandle | null>
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
}

const browserPlaces = (): ManifestPlaces => ({
  folder: async () => navigator.storage?.getDirectory?.().catch(() => null) ?? null,
  storage: localStorage,
})

function parse(text: string | null): DataManifest | null {
  try {
    const parsed = dataManifestSchema.safeParse(JSON.parse(text ?? 'null'))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

async function readFileText(folder: FileSystemDirectoryHandle): Promise<string | null> {
  try {
    const handle = await folder.getFileHandle(FILE_NAME)
    return await (await handle.getFile()).text()
  } catch {
    return null
  }
}

/** The manifest, from the file, else from where earlier versions kept it; null if neither. */
export async function readBrowserManifest(
  places: ManifestPlaces = browserPlaces(),
): Promise<DataManifest | null> {
  const folder = await places.folder()
  const text = folder ? await readFileText(folder) : null
  return parse(text) ?? parse(places.storage.getItem(LEGACY_MANIFEST_KEY))
}

async function writeFileText(folder: FileSystemDirectoryHandle, text: string): Promise<boolean> {
  try {
    const file = await folder.getFileHandle(FILE_NAME, { create: true })
    const writable = await file.createWritable()
    await writable.write(text)
    await writable.close()
    return true
  } catch {
    return false
  }
}

/**
 * Writes the manifest to the file (replaced whole when the write closes). Without the file
 * system, or when writing it fails (disk full, say), localStorage keeps the safety net.
 */
export async function writeBrowserManifest(
  manifest: DataManifest,
  places: ManifestPlaces = browserPlaces(),
): Promise<void> {
  const text = JSON.stringify(manifest)
  const folder = await places.folder()
  if (folder && (await writeFileText(folder, text))) places.storage.removeItem(LEGACY_MANIFEST_KEY)
  else places.storage.setItem(LEGACY_MANIFEST_KEY, text)
}
