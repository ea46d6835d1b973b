import { z } from 'zod'
import { releaseKinds } from '../../../../shared/press/starter-templates'
import { TEMPLATE_NAME_MAX, TEMPLATE_TEXT_MAX } from '../../../../shared/press/template-model'

// Template edits are saved by hand (a half-written template must not become what new releases
// are written from), so until then the draft lives here: written synchronously on every change,
// it survives a reload, a crash or leaving the press area, and is offered back when the template
// is opened again. Cleared once the draft is saved or deliberately discarded.

const draftSchema = z.object({
  name: z.string().max(TEMPLATE_NAME_MAX * 2),
  kind: z.enum(releaseKinds),
  texts: z.object({
    id: z.string().max(TEMPLATE_TEXT_MAX * 2),
    en: z.string().max(TEMPLATE_TEXT_MAX * 2),
  }),
})
export type TemplateDraft = z.infer<typeof draftSchema>

const entrySchema = z.object({
  /** The stored revision the draft was typed on; 0 for a template never saved. */
  baseRevision: z.number().int().min(0),
  draft: draftSchema,
})
export type TemplateJournalEntry = z.infer<typeof entrySchema>

/** Whose draft: a stored template, or a new one known only by the id of its draft. */
export type DraftOwner = { saved: string } | { unsaved: string }

const PREFIX = 'sekretariat.press.templateDraft.'
const keyOf = (owner: DraftOwner) =>
  'saved' in owner ? `${PREFIX}saved.${owner.saved}` : `${PREFIX}unsaved.${owner.unsaved}`

export function writeTemplateJournal(owner: DraftOwner, entry: TemplateJournalEntry): void {
  try {
    localStorage.setItem(keyOf(owner), JSON.stringify(entry))
  } catch {
    // Storage full or disabled: the leave guard still asks before anything is dropped.
  }
}

export function readTemplateJournal(owner: DraftOwner): TemplateJournalEntry | undefined {
  try {
    const raw = localStorage.getItem(keyOf(owner))
    if (!raw) return undefined
    const parsed = entrySchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export function clearTemplateJournal(owner: DraftOwner): void {
  try {
    localStorage.removeItem(keyOf(owner))
  } catch {
    // Nothing to clear.
  }
}

/** Every draft kept here: stored templates with changes, and new templates never saved. */
export function listTemplateJournals(): { saved: string[]; unsaved: string[] } {
  const found = { saved: [] as string[], unsaved: [] as string[] }
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? ''
      if (key.startsWith(`${PREFIX}saved.`)) found.saved.push(key.slice(PREFIX.length + 6))
      else if (key.startsWith(`${PREFIX}unsaved.`)) found.unsaved.push(key.slice(PREFIX.length + 8))
    }
  } catch {
    // Storage disabled: there are no drafts to list.
  }
  return found
}
