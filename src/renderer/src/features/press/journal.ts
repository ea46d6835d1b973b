import type { DocNode } from '../../../../shared/press/doc-model'

// A synchronous copy of text not yet in IndexedDB, so a crash or a closed window between a
// keystroke and the next autosave loses nothing. Written on every change, cleared once the save
// that contains it has committed; read when the release is opened again.

export interface JournalEntry {
  /** The stored revision the text was typed on top of. */
  baseRevision: number
  texts: { id: DocNode; en: DocNode }
}

const keyOf = (releaseId: string) => `sekretariat.press.unsaved.${releaseId}`

export function writeJournal(releaseId: string, entry: JournalEntry): void {
  try {
    localStorage.setItem(keyOf(releaseId), JSON.stringify(entry))
  } catch {
    // Storage full or disabled: autosave to IndexedDB still runs.
  }
}

export function readJournal(releaseId: string): JournalEntry | undefined {
  try {
    const raw = localStorage.getItem(keyOf(releaseId))
    if (!raw) return undefined
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { baseRevision, texts } = parsed as Partial<JournalEntry>
    if (typeof baseRevision !== 'number' || typeof texts !== 'object' || texts === null)
      return undefined
    // The texts are normalised by whoever uses them (normaliseDoc), like anything stored.
    return { baseRevision, texts: { id: texts.id, en: texts.en } as JournalEntry['texts'] }
  } catch {
    return undefined
  }
}

export function clearJournal(releaseId: string): void {
  try {
    localStorage.removeItem(keyOf(releaseId))
  } catch {
    // Nothing to clear.
  }
}
