import type { ReactNode } from 'react'
import { starterTemplates } from '../../../../shared/press/starter-templates'
import type { PressTemplateRecord } from '../../../../shared/press/template-model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { formatInstant } from './format-time'
import type { TemplateDraft } from './template-journal'
import type { TemplateTarget } from './use-template-draft'

export interface UnsavedDraft {
  id: string
  draft: TemplateDraft
}

/** The starter templates (read-only), the user's own, and new templates not saved yet. */
export function TemplateList(props: {
  templates: readonly PressTemplateRecord[]
  unreadable: number
  changed: ReadonlySet<string>
  drafts: readonly UnsavedDraft[]
  readOnly: boolean
  onOpen: (target: TemplateTarget) => void
  onDuplicate: (draft: TemplateDraft) => void
  onDelete: (template: PressTemplateRecord) => void
  onDiscardDraft: (draft: UnsavedDraft) => void
}) {
  const { t, lang } = useI18n()
  const copyOf = (source: TemplateDraft) =>
    props.onDuplicate({
      name: t('press.templates.copyName', { name: source.name }),
      kind: source.kind,
      texts: { id: source.texts.id, en: source.texts.en },
    })
  const head = (changed: boolean) => (
    <thead>
      <tr>
        <th scope="col">{t('press.templates.name')}</th>
        <th scope="col" className="press-col-kind">
          {t('press.templates.kind')}
        </th>
        {changed && (
          <th scope="col" className="press-col-changed">
            {t('press.templates.changed')}
          </th>
        )}
        <th scope="col" className="press-col-actions">
          {t('press.templates.actions')}
        </th>
      </tr>
    </thead>
  )
  return (
    <div className="press-template-lists">
      {props.drafts.length > 0 && (
        <>
          <h2>{t('press.templates.drafts')}</h2>
          <table className="table press-list" aria-label={t('press.templates.drafts')}>
            {head(false)}
            <tbody>
              {props.drafts.map((d) => {
                const name = d.draft.name.trim() || t('press.templates.untitled')
                return (
                  <tr key={d.id}>
                    <td>
                      <TemplateName
                        label={t('press.templates.openDraftNamed', { name })}
                        onOpen={() => props.onOpen({ kind: 'unsaved', id: d.id })}
                      >
                        {name}
                      </TemplateName>
                      <span className="badge badge-warning">{t('press.templates.unsaved')}</span>
                    </td>
                    <td>{t(`press.kind.${d.draft.kind}`)}</td>
                    <td>
                      <div className="row-actions">
                        <Button
                          variant="ghost"
                          className="btn-danger"
                          aria-label={t('press.templates.discardNamed', { name })}
                          onClick={() => props.onDiscardDraft(d)}
                        >
                          {t('press.templates.discard')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </>
      )}

      <h2>{t('press.templates.yours')}</h2>
      {props.unreadable > 0 && (
        <p className="banner banner-warning" role="note">
          {t('press.templates.unreadable', { count: props.unreadable })}
        </p>
      )}
      {props.templates.length === 0 ? (
        <p className="muted">{t('press.templates.none')}</p>
      ) : (
        <table className="table press-list" aria-label={t('press.templates.yours')}>
          {head(true)}
          <tbody>
            {props.templates.map((x) => (
              <tr key={x.id}>
                <td>
                  <TemplateName
                    label={t('press.templates.editNamed', { name: x.name })}
                    onOpen={() => props.onOpen({ kind: 'saved', id: x.id })}
                  >
                    {x.name}
                  </TemplateName>
                  {props.changed.has(x.id) && (
                    <span className="badge badge-warning">{t('press.templates.unsaved')}</span>
                  )}
                </td>
                <td>{t(`press.kind.${x.kind}`)}</td>
                <td>
                  {formatInstant(x.updatedAt, lang)} · {x.updatedBy}
                </td>
                <td>
                  <div className="row-actions">
                    <Button
                      disabled={props.readOnly}
                      aria-label={t('press.templates.duplicateNamed', { name: x.name })}
                      onClick={() => copyOf(x)}
                    >
                      {t('press.templates.duplicate')}
                    </Button>
                    <Button
                      variant="ghost"
                      className="btn-danger"
                      disabled={props.readOnly}
                      aria-label={t('press.templates.deleteNamed', { name: x.name })}
                      onClick={() => props.onDelete(x)}
                    >
                      {t('press.templates.delete')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('press.templates.starters')}</h2>
      <table className="table press-list" aria-label={t('press.templates.starters')}>
        {head(false)}
        <tbody>
          {starterTemplates.map((s) => {
            const name = t(`press.template.${s.kind}`)
            return (
              <tr key={s.id}>
                <td>
                  <TemplateName
                    label={t('press.templates.viewNamed', { name })}
                    onOpen={() => props.onOpen({ kind: 'starter', id: s.id })}
                  >
                    {name}
                  </TemplateName>
                  <span className="badge badge-muted">{t('press.templates.starter')}</span>
                </td>
                <td>{t(`press.kind.${s.kind}`)}</td>
                <td>
                  <div className="row-actions">
                    <Button
                      disabled={props.readOnly}
                      aria-label={t('press.templates.duplicateNamed', { name })}
                      onClick={() => copyOf({ name, kind: s.kind, texts: s.texts })}
                    >
                      {t('press.templates.duplicate')}
                    </Button>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** A template's name, opening it; named for screen readers by what opening it does. */
function TemplateName(props: { label: string; onOpen: () => void; children: ReactNode }) {
  return (
    <button type="button" className="link-button" aria-label={props.label} onClick={props.onOpen}>
      {props.children}
    </button>
  )
}
