import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DocNode } from '../../../../shared/press/doc-model'
import type { PressLang } from '../../../../shared/press/language'
import { clearJournal, writeJournal } from './journal'

export type Texts = { id: DocNode; en: DocNode }

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' }

export const AUTOSAVE_DELAY_MS = 1_000

/**
 * Autosave for a release's two texts: a synchronous journal on every change (see journal.ts),
 * a save to IndexedDB one second after typing stops, and immediately when the window is hidden,
 * loses focus or the editor closes. Saves run one after another, each from the revision the
 * previous one produced; a save refused because another window saved first stops autosave.
 */
export function useAutosave(options: {
  releaseId: string
  texts: Texts
  revision: number
  save: (texts: Texts, baseRevision: number) => Promise<{ revision: number }>
}) {
  const { releaseId } = options
  const textsRef = useRef(options.texts)
  const revisionRef = useRef(options.revision)
  const saveRef = useRef(options.save)
  const edits = useRef(0)
  const savedEdits = useRef(0)
  const stopped = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const chain = useRef<Promise<void>>(Promise.resolve())
  const [state, setState] = useState<SaveState>({ kind: 'saved' })

  useEffect(() => {
    saveRef.current = options.save
  }, [options.save])

  const runSave = useCallback((): Promise<void> => {
    chain.current = chain.current.then(async () => {
      if (stopped.current || edits.current === savedEdits.current) return
      const upTo = edits.current
      setState({ kind: 'saving' })
      try {
        const result = await saveRef.current(textsRef.current, revisionRef.current)
        revisionRef.current = result.revision
        savedEdits.current = upTo
        if (edits.current === upTo) {
          clearJournal(releaseId)
          setState({ kind: 'saved' })
        } else {
          // Typing went on during the save: the journal now builds on the new revision.
          writeJournal(releaseId, { baseRevision: result.revision, texts: textsRef.current })
          setState({ kind: 'pending' })
        }
      } catch (error) {
        if (error instanceof Error && error.name === 'PressConflictError') {
          stopped.current = true
          setState({ kind: 'conflict' })
        } else setState({ kind: 'error', error })
      }
    })
    return chain.current
  }, [releaseId])

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current)
    return runSave()
  }, [runSave])

  const change = useCallback(
    (lang: PressLang, doc: DocNode) => {
      textsRef.current = { ...textsRef.current, [lang]: doc }
      edits.current += 1
      writeJournal(releaseId, { baseRevision: revisionRef.current, texts: textsRef.current })
      // After a conflict nothing is saved over the other window's text; the journal keeps this
      // window's, and opening the release again keeps it as a version.
      if (stopped.current) return
      setState((s) => (s.kind === 'pending' ? s : { kind: 'pending' }))
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS)
    },
    [releaseId, runSave],
  )

  /** After the text was replaced from outside (restore, refreshed facts): nothing is pending. */
  const reset = useCallback(
    (texts: Texts, revision: number) => {
      clearTimeout(timer.current)
      textsRef.current = texts
      revisionRef.current = revision
      savedEdits.current = edits.current
      clearJournal(releaseId)
      setState({ kind: 'saved' })
    },
    [releaseId],
  )

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    const onLeave = () => void flush()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onLeave)
    window.addEventListener('blur', onLeave)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onLeave)
      window.removeEventListener('blur', onLeave)
      void flush()
    }
  }, [flush])

  const current = useCallback(
    () => ({ texts: textsRef.current, revision: revisionRef.current }),
    [],
  )
  return useMemo(
    () => ({ state, change, flush, reset, current }),
    [state, change, flush, reset, current],
  )
}
