import { useCallback, useEffect, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import {
  TEMPLATE_NAME_MAX,
  type PressTemplateRecord,
} from '../../../../shared/press/template-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import type { Repositories } from '../../db'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toasts'
import { TemplateEditor } from './TemplateEditor'
import {
  clearTemplateJournal,
  listTemplateJournals,
  readTemplateJournal,
  writeTemplateJournal,
  type TemplateDraft,
  type TemplateJournalEntry,
} from './template-journal'
import { TemplateList, type UnsavedDraft } from './TemplateList'
import type { TemplateTarget } from './use-template-draft'

export type TemplatesView = 'list' | TemplateTarget

interface ListData {
  templates: PressTemplateRecord[]
  unreadable: number
  changed: Set<string>
  drafts: UnsavedDraft[]
}

/** The user's templates from the database, and the drafts kept in the journal. */
async function readListData(repos: Repositories, locale: string): Promise<ListData> {
  const { templates, unreadable } = await repos.pressTemplates.list(locale)
  const journals = listTemplateJournals()
  const drafts = journals.unsaved.flatMap((id) => {
    const entry = readTemplateJournal({ unsaved: id })
    return entry ? [{ id, draft: entry.draft }] : []
  })
  return { templates, unreadable, changed: new Set(journals.saved), drafts }
}

/** The templates of the press area: the list, or one template open in the editor. */
export function TemplatesScreen(props: {
  event: EventRecord
  view: TemplatesView
  onView: (view: TemplatesView) => void
  onBack: () => void
}) {
  const { t, lang } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const [data, setData] = useState<ListData>()
  const [deleting, setDeleting] = useState<PressTemplateRecord>()
  const { view, onView } = props

  const load = useCallback(async () => {
    try {
      setData(await readListData(repos, lang))
    } catch (e) {
      toast({ message: describeError(t, e), tone: 'error' })
    }
  }, [repos, lang, toast, t])

  useEffect(() => {
    if (view !== 'list') return
    let cancelled = false
    readListData(repos, lang)
      .then((next) => !cancelled && setData(next))
      .catch((e: unknown) => toast({ message: describeError(t, e), tone: 'error' }))
    return () => {
      cancelled = true
    }
  }, [view, repos, lang, toast, t])

  /** A new template starts as a draft of its own, journalled so it survives a reload. */
  const startDraft = (draft?: TemplateDraft) => {
    const id = crypto.randomUUID()
    if (draft)
      writeTemplateJournal(
        { unsaved: id },
        { baseRevision: 0, draft: { ...draft, name: draft.name.slice(0, TEMPLATE_NAME_MAX) } },
      )
    onView({ kind: 'unsaved', id, fresh: true })
  }

  const remove = async (template: PressTemplateRecord) => {
    setDeleting(undefined)
    try {
      const deleted = await repos.pressTemplates.remove(template.id)
      const journal = readTemplateJournal({ saved: template.id })
      clearTemplateJournal({ saved: template.id })
      await load()
      toast({
        message: t('press.templates.deleted', { name: template.name }),
        action: {
          label: t('press.undo'),
          run: () =>
            void repos.pressTemplates.undoRemove(deleted).then(() => {
              if (journal) writeTemplateJournal({ saved: template.id }, journal)
              return load()
            }),
        },
      })
    } catch (e) {
      toast({ message: describeError(t, e), tone: 'error' })
    }
  }

  const discardDraft = (draft: UnsavedDraft) => {
    const entry: TemplateJournalEntry = { baseRevision: 0, draft: draft.draft }
    clearTemplateJournal({ unsaved: draft.id })
    void load()
    toast({
      message: t('press.templates.deleted', {
        name: draft.draft.name.trim() || t('press.templates.untitled'),
      }),
      action: {
        label: t('press.undo'),
        run: () => {
          writeTemplateJournal({ unsaved: draft.id }, entry)
          void load()
        },
      },
    })
  }

  if (view !== 'list')
    return (
      <TemplateEditor
        key={`${view.kind}/${view.id}`}
        event={props.event}
        target={view}
        onClose={() => onView('list')}
        onOpen={onView}
        onDuplicate={startDraft}
      />
    )

  return (
    <section className="page page-wide" aria-labelledby="press-templates-title">
      <div className="press-header">
        <Button variant="ghost" onClick={props.onBack}>
          ← {t('press.back')}
        </Button>
        <div className="press-header-title">
          <h1 id="press-templates-title">{t('press.templates.title')}</h1>
        </div>
        <Button variant="primary" disabled={readOnly} onClick={() => startDraft()}>
          {t('press.templates.new')}
        </Button>
      </div>
      <p className="muted press-templates-intro">{t('press.templates.intro')}</p>
      {data === undefined ? (
        <p className="muted">{t('press.loading')}</p>
      ) : (
        <TemplateList
          {...data}
          readOnly={readOnly}
          onOpen={onView}
          onDuplicate={startDraft}
          onDelete={setDeleting}
          onDiscardDraft={discardDraft}
        />
      )}
      {deleting && (
        <Dialog
          title={t('press.templates.deleteTitle', { name: deleting.name })}
          open
          onClose={() => setDeleting(undefined)}
        >
          <p>{t('press.templates.deleteBody')}</p>
          <div className="form-actions">
            <Button onClick={() => setDeleting(undefined)}>{t('press.cancel')}</Button>
            <Button variant="danger" onClick={() => void remove(deleting)}>
              {t('press.templates.delete')}
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  )
}
