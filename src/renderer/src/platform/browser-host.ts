import { validateMeetingLink } from '../../../shared/links/meeting-link'
import { readBrowserManifest, writeBrowserManifest } from './browser-manifest'
import type { FileFilter, Host, OpenedFile } from './host'

const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0'

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',')
}

/** A hidden file input, resolved with null when the picker closes without a file. */
function pickFile(filters: FileFilter[]): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptAttribute(filters)
    input.style.display = 'none'
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }))
        .catch(reject)
    })
    document.body.append(input)
    input.click()
  })
}

function download(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart])
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    appInfo: async () => ({ version: APP_VERSION, platform: 'Browser' }),
    openFile: pickFile,
    saveFile: async (suggestedName, bytes) => {
      download(suggestedName, bytes)
      return true
    },
    openLink: async (url) => {
      const checked = validateMeetingLink(url)
      if (!checked.ok) return false
      // With noopener the browser returns null even on success, so there is nothing to check.
      window.open(checked.url, '_blank', 'noopener,noreferrer')
      return true
    },
    print: async () => {
      window.print()
      return true
    },
    // A browser cannot make a PDF itself: callers fall back to print() (which offers "Save as PDF").
    printToPdf: async () => null,
    copyText: async (text) => {
      try {
        await navigator.clipboard.writeText(text)
        return true
      } catch {
        return false
      }
    },
    // A browser has no folder to write into: backups are downloads (see features/backups).
    backupFolder: null,
    readManifest: () => readBrowserManifest(),
    writeManifest: (manifest) => writeBrowserManifest(manifest),
    secretKey: async () => null,
  }
}
