import { useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { starterTemplates } from '../../../../shared/press/starter-templates'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/Field'
import { displayEventName } from '../events/event-format'
import { createFromTemplate } from './create-release'

/** Picks a starter template and a title; the draft is written from the event's facts. */
export function NewReleaseDialog(props: {
  event: EventRecord
  onClose: () => void
  onCreated: (id: string) => void
}) {
  const { t, lang } = useI18n()
  const app = useAppData()
  const [templateId, setTemplateId] = useState(starterTemplates[1]!.id)
  const template = starterTemplates.find((x) => x.id === templateId) ?? starterTemplates[0]!
  const suggested = `${t(`press.template.${template.kind}`)} – ${
    props.event.shortName || displayEventName(props.event, lang)
  }`
  const [title, setTitle] = useState<string>()
  const [error, setError] = useState<string>()
  const [creating, setCreating] = useState(false)

  const create = async () => {
    const finalTitle = (title ?? suggested).trim()
    if (!finalTitle) return setError(t('press.details.titleRequired'))
    setCreating(true)
    try {
      const release = await createFromTemplate(app, props.event, template, finalTitle)
      props.onCreated(release.id)
    } catch (e) {
      setError(describeError(t, e))
      setCreating(false)
    }
  }

  return (
    <Dialog title={t('press.new.title')} open onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <fieldset className="radio-group press-templates">
          <legend>{t('press.new.template')}</legend>
          {starterTemplates.map((x) => (
            <label key={x.id} className="radio">
              <input
                type="radio"
                name="press-template"
                value={x.id}
                checked={x.id === templateId}
                onChange={() => setTemplateId(x.id)}
              />
              <span>
                <strong>{t(`press.template.${x.kind}`)}</strong>
                <br />
                <span className="muted">{t(`press.template.${x.kind}.about`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField
          label={t('press.details.title')}
          value={title ?? suggested}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
          {...(error ? { error } : {})}
        />
        <p className="muted">{t('press.new.note')}</p>
        <div className="form-actions">
          <Button onClick={props.onClose}>{t('press.cancel')}</Button>
          <Button variant="primary" type="submit" disabled={creating || app.readOnly}>
            {t('press.new.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
