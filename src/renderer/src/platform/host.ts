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
}
