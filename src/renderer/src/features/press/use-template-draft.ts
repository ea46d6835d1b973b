import { useCallback, useEffect, useState } from 'react'
import { starterTemplates } from '../../../../shared/press/starter-templates'
import {
  templateInputSchema,
  type PressTemplateRecord,
} from '../../../../shared/press/template-model'
import { useAppData } from '../../app/AppData'
import { TemplateConflictError, TemplateNotFoundError } from '../../db/press-template-repo'
import {
  clearTemplateJournal,
  readTemplateJournal,
  writeTemplateJournal,
  type DraftOwner,
  type TemplateDraft,
} from './template-journal'

/** What the template editor has open. `fresh`: a new draft just made, not one left behind. */
export type TemplateTarget =
  | { kind: 'starter'; id: string }
  | { kind: 'saved'; id: string }
  | { kind: 'unsaved'; id: string; fresh?: boolean }

/** Saving failed because the stored template moved on: changed elsewhere, or deleted. */
export type SaveProblem = 'conflict' | 'gone'

export const blankDraft: TemplateDraft = { name: '', kind: 'release', texts: { id: '', en: '' } }

const draftOf = (r: Pick<PressTemplateRecord, 'name' | 'kind' | 'texts'>): TemplateDraft => ({
  name: r.name,
  kind: r.kind,
  texts: { id: r.texts.id, en: r.texts.en },
})
const same = (a: TemplateDraft, b: TemplateDraft) => JSON.stringify(a) === JSON.stringify(b)

interface Loaded {
  draft: TemplateDraft
  record?: PressTemplateRecord
  recovered: boolean
  problem?: SaveProblem
}

const ownerOf = (target: TemplateTarget): DraftOwner | undefined =>
  target.kind === 'saved'
    ? { saved: target.id }
    : target.kind === 'unsaved'
      ? { unsaved: target.id }
      : undefined

async function load(
  repos: ReturnType<typeof useAppData>['repos'],
  target: TemplateTarget,
  starterName: (kind: TemplateDraft['kind']) => string,
): Promise<Loaded | null> {
  if (target.kind === 'starter') {
    const starter = starterTemplates.find((s) => s.id === target.id)
    return starter
      ? { draft: draftOf({ ...starter, name: starterName(starter.kind) }), recovered: false }
      : null
  }
  const journal = readTemplateJournal(ownerOf(target)!)
  if (target.kind === 'unsaved')
    return { draft: journal?.draft ?? blankDraft, recovered: !!journal && !target.fresh }
  const record = await repos.pressTemplates.get(target.id)
  if (!record) return journal ? { draft: journal.draft, recovered: true, problem: 'gone' } : null
  if (!journal || same(journal.draft, draftOf(record)))
    return { draft: draftOf(record), record, recovered: false }
  return {
    draft: journal.draft,
    record,
    recovered: true,
    ...(journal.baseRevision !== record.revision ? { problem: 'conflict' as const } : {}),
  }
}

/**
 * The draft of one template: loaded with any unsaved changes kept from before, journalled on
 * every change, saved by hand against the revision it was typed on.
 */
export function useTemplateDraft(
  target: TemplateTarget,
  starterName: (kind: TemplateDraft['kind']) => string,
) {
  const { repos } = useAppData()
  const [loaded, setLoaded] = useState<Loaded | null>()
  const [saving, setSaving] = useState(false)
  const owner = ownerOf(target)

  useEffect(() => {
    let cancelled = false
    void load(repos, target, starterName).then((l) => !cancelled && setLoaded(l))
    return () => {
      cancelled = true
    }
    // Loaded once per target: switching the interface language must not reload the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repos, target])

  const change = useCallback(
    (draft: TemplateDraft) => {
      if (!owner || !loaded) return
      writeTemplateJournal(owner, { baseRevision: loaded.record?.revision ?? 0, draft })
      setLoaded({ ...loaded, draft })
    },
    [owner, loaded],
  )

  const dirty =
    !!loaded &&
    target.kind !== 'starter' &&
    (loaded.record ? !same(loaded.draft, draftOf(loaded.record)) : !same(loaded.draft, blankDraft))

  /**
   * Saves the draft: over the stored template, or as a new one (a new draft, or `asNew` after a
   * conflict). Returns the template written, or undefined when it was refused (see `problem`).
   */
  async function save(asNew = false): Promise<PressTemplateRecord | undefined> {
    if (!loaded || !owner) return undefined
    const input = templateInputSchema.parse(loaded.draft)
    setSaving(true)
    try {
      const record =
        loaded.record && !asNew && !loaded.problem
          ? await repos.pressTemplates.update(loaded.record.id, input, loaded.record.revision)
          : await repos.pressTemplates.create(input)
      clearTemplateJournal(owner)
      setLoaded({ draft: draftOf(record), record, recovered: false })
      return record
    } catch (e) {
      if (e instanceof TemplateConflictError) setLoaded({ ...loaded, problem: 'conflict' })
      else if (e instanceof TemplateNotFoundError) setLoaded({ ...loaded, problem: 'gone' })
      else throw e
      return undefined
    } finally {
      setSaving(false)
    }
  }

  /** Drops the unsaved changes; returns false when there is no stored template to go back to. */
  async function discard(): Promise<boolean> {
    if (owner) clearTemplateJournal(owner)
    if (target.kind !== 'saved') return false
    const record = await repos.pressTemplates.get(target.id)
    setLoaded(record ? { draft: draftOf(record), record, recovered: false } : null)
    return !!record
  }

  /** Leaving without changes: a journalled copy identical to what is stored is not kept. */
  const forget = () => {
    if (owner && !dirty) clearTemplateJournal(owner)
  }

  return { loaded, change, dirty, saving, save, discard, forget }
}
