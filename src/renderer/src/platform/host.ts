import type { DataManifest } from '../../../shared/backup/manifest'
import type { ResponseOf } from '../../../shared/ipc/contract'

// Everything the operating system does for the renderer, behind one interface. The Electron
// implementation calls the preload bridge; the browser implementation uses a file input,
// downloads, window.open and window.print. No feature checks which one it runs on.

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface OpenedFile {
  name: string
  bytes: Uint8Array
}

export interface Host {
  readonly kind: 'electron' | 'browser'
  appInfo(): Promise<{ version: string; platform: string }>
  /** Asks the user for one file; null when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>
  /** Saves bytes under a name the user can change; false when they cancel. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<boolean>
  /** Opens a validated https meeting link in the system browser; false when refused. */
  openLink(url: string): Promise<boolean>
  print(): Promise<boolean>
  /** The page as PDF bytes under print styles; null where only print() exists (a browser). */
  printToPdf(): Promise<Uint8Array | null>
  /** Puts plain text on the clipboard; false when the system refused. */
  copyText(text: string): Promise<boolean>
  /** The backups folder main writes to; null in a plain browser, where backups are downloads. */
  readonly backupFolder: BackupFolder | null
  /** The data manifest kept outside IndexedDB (main's folder; the origin-private file system in a browser). */
  readManifest(): Promise<DataManifest | null>
  writeManifest(manifest: DataManifest): Promise<void>
  /** The data key kept by main with safeStorage; null where the renderer keeps its own. */
  secretKey(): Promise<SecretKeyMaterial | null>
}

export type BackupFolderEntry = ResponseOf<'backupsList'>['entries'][number]

export interface BackupFolder {
  /** Written atomically by main, which then applies the retention rule. */
  write(name: string, bytes: Uint8Array): Promise<{ removed: string[] }>
  list(): Promise<{ folder: string; entries: BackupFolderEntry[] }>
  read(name: string): Promise<Uint8Array>
  /** 'get' the folder, let the user 'choose' another, or 'reveal' it in the file manager. */
  folder(action: 'get' | 'choose' | 'reveal'): Promise<{ folder: string; changed: boolean }>
}

export type SecretKeyMaterial = ResponseOf<'secretsKey'>
