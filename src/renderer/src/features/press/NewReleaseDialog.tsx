import { useEffect, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { starterTemplates } from '../../../../shared/press/starter-templates'
import type { PressTemplateRecord, TemplateSource } from '../../../../shared/press/template-model'
import { describeError } from '../../app/describe-error'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/Field'
import { displayEventName } from '../events/event-format'
import { createFromTemplate } from './create-release'

interface Choice {
  /** "starter/<id>" or "user/<id>": the two kinds of template never share a radio value. */
  value: string
  label: string
  about: string
  source: TemplateSource
}

/** Picks a template (a starter or the user's own) and a title; the draft is written from facts. */
export function NewReleaseDialog(props: {
  event: EventRecord
  onClose: () => void
  onCreated: (id: string) => void
}) {
  const { t, lang } = useI18n()
  const app = useAppData()
  const [own, setOwn] = useState<PressTemplateRecord[]>([])
  const [selected, setSelected] = useState(`starter/${starterTemplates[1]!.id}`)
  const [title, setTitle] = useState<string>()
  const [error, setError] = useState<string>()
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    let cancelled = false
    app.repos.pressTemplates
      .list(lang)
      .then((list) => !cancelled && setOwn(list.templates))
      .catch((e: unknown) => !cancelled && setError(describeError(t, e)))
    return () => {
      cancelled = true
    }
  }, [app.repos, lang, t])

  const starters: Choice[] = starterTemplates.map((s) => ({
    value: `starter/${s.id}`,
    label: t(`press.template.${s.kind}`),
    about: t(`press.template.${s.kind}.about`),
    source: s,
  }))
  const yours: Choice[] = own.map((x) => ({
    value: `user/${x.id}`,
    label: x.name,
    about: t(`press.kind.${x.kind}`),
    source: x,
  }))
  const choice = [...starters, ...yours].find((c) => c.value === selected) ?? starters[0]!
  const eventName = props.event.shortName || displayEventName(props.event, lang)
  const suggested = selected.startsWith('user/')
    ? `${choice.label} – ${eventName}`
    : `${t(`press.template.${choice.source.kind}`)} – ${eventName}`

  const create = async () => {
    const finalTitle = (title ?? suggested).trim()
    if (!finalTitle) return setError(t('press.details.titleRequired'))
    setCreating(true)
    try {
      const release = await createFromTemplate(app, props.event, choice.source, finalTitle)
      props.onCreated(release.id)
    } catch (e) {
      setError(describeError(t, e))
      setCreating(false)
    }
  }

  const group = (legend: string, choices: Choice[]) => (
    <fieldset className="radio-group press-templates">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="radio">
          <input
            type="radio"
            name="press-template"
            value={c.value}
            checked={c.value === choice.value}
            onChange={() => setSelected(c.value)}
          />
          <span>
            <strong>{c.label}</strong>
            <br />
            <span className="muted">{c.about}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )

  return (
    <Dialog title={t('press.new.title')} open onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void create()
        }}
      >
        <div
          role="radiogroup"
          aria-label={t('press.new.template')}
          className="press-template-choice"
        >
          {group(t('press.new.starters'), starters)}
          {yours.length > 0 && group(t('press.new.yours'), yours)}
        </div>
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
