import { useState, type FormEvent } from 'react'
import {
  eventInput,
  eventKinds,
  eventModes,
  type EventInput,
  type EventRecord,
} from '../../../../shared/events/model'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'
import { TimeZonePicker } from './TimeZonePicker'

type Draft = Required<{ [K in keyof EventInput]: string }>
type Errors = Partial<Record<keyof Draft, MessageKey>>

function draftFrom(event?: EventRecord): Draft {
  return {
    nameEn: event?.nameEn ?? '',
    nameId: event?.nameId ?? '',
    shortName: event?.shortName ?? '',
    kind: event?.kind ?? 'workshop',
    startDate: event?.startDate ?? '',
    endDate: event?.endDate ?? '',
    timeZone: event?.timeZone ?? 'Asia/Jakarta',
    venue: event?.venue ?? '',
    mode: event?.mode ?? 'hybrid',
  }
}

/** Maps the shared schema's problems onto message keys, one per field. */
function validate(draft: Draft): { ok: true; value: EventInput } | { ok: false; errors: Errors } {
  const parsed = eventInput.safeParse(draft)
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: Errors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof Draft
    if (errors[field]) continue
    if (issue.message === 'endBeforeStart') errors[field] = 'eventForm.error.endBeforeStart'
    else if (issue.message === 'invalidZone') errors[field] = 'eventForm.error.invalidZone'
    else if (issue.code === 'too_big') errors[field] = 'eventForm.error.tooLong'
    else if (field === 'startDate' || field === 'endDate')
      errors[field] = draft[field] ? 'eventForm.error.invalidDate' : 'eventForm.error.required'
    else errors[field] = 'eventForm.error.required'
  }
  return { ok: false, errors }
}

export function EventForm(props: {
  event?: EventRecord
  onSubmit: (input: EventInput) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.event))
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const set = (field: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const err = (field: keyof Draft) => (errors[field] ? t(errors[field]) : undefined)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const result = validate(draft)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await props.onSubmit(result.value)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t('eventForm.nameEn')}
        value={draft.nameEn}
        onChange={(e) => set('nameEn')(e.target.value)}
        error={err('nameEn')}
        required
        autoFocus
      />
      <TextField
        label={t('eventForm.nameId')}
        value={draft.nameId}
        onChange={(e) => set('nameId')(e.target.value)}
        error={err('nameId')}
      />
      <TextField
        label={t('eventForm.shortName')}
        hint={t('eventForm.shortNameHint')}
        value={draft.shortName}
        onChange={(e) => set('shortName')(e.target.value)}
        error={err('shortName')}
      />
      <SelectField
        label={t('eventForm.kind')}
        value={draft.kind}
        onChange={(e) => set('kind')(e.target.value)}
        options={eventKinds.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
      />
      <TextField
        type="date"
        label={t('eventForm.startDate')}
        value={draft.startDate}
        onChange={(e) => set('startDate')(e.target.value)}
        error={err('startDate')}
        required
      />
      <TextField
        type="date"
        label={t('eventForm.endDate')}
        value={draft.endDate}
        onChange={(e) => set('endDate')(e.target.value)}
        error={err('endDate')}
        required
      />
      <TimeZonePicker
        label={t('eventForm.timeZone')}
        hint={t('eventForm.timeZoneHint')}
        value={draft.timeZone}
        onChange={set('timeZone')}
        error={err('timeZone')}
      />
      <TextField
        label={t('eventForm.venue')}
        value={draft.venue}
        onChange={(e) => set('venue')(e.target.value)}
        error={err('venue')}
      />
      <SelectField
        label={t('eventForm.mode')}
        value={draft.mode}
        onChange={(e) => set('mode')(e.target.value)}
        options={eventModes.map((m) => ({ value: m, label: t(`eventMode.${m}`) }))}
      />
      <div className="form-actions">
        <Button onClick={props.onCancel}>{t('eventForm.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('eventForm.save')}
        </Button>
      </div>
    </form>
  )
}
