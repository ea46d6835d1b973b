import { useState, type FormEvent } from 'react'
import { countryZones } from '../../../../shared/countries/zones'
import type { EventRecord } from '../../../../shared/events/model'
import {
  genders,
  participantRoles,
  participantStatuses,
  participationModes,
  visaLetterStatuses,
} from '../../../../shared/registry/model'
import {
  parseParticipantDraft,
  type DraftField,
  type DraftProblem,
  type ParsedParticipant,
  type ParticipantDraft,
} from '../../../../shared/registry/participant-input'
import { zonedLocalToUtc } from '../../../../shared/time/zones'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'
import { CountrySelect } from './CountrySelect'
import { ExistingContactHint } from './ExistingContactHint'

export function ParticipantForm(props: {
  event: EventRecord
  initial: ParticipantDraft
  allowContactReuse: boolean
  onSubmit: (parsed: ParsedParticipant, existingContactId: string | undefined) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(props.initial)
  const [problems, setProblems] = useState<Map<DraftField, DraftProblem>>(new Map())
  const [existingId, setExistingId] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = <K extends DraftField>(field: K, value: ParticipantDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }))
  const err = (field: DraftField) => {
    const problem = problems.get(field)
    return problem ? t(`form.problem.${problem}`) : undefined
  }
  const text = (
    field: DraftField,
    label: Parameters<typeof t>[0],
    extra: { hint?: string; type?: string } = {},
  ) => (
    <TextField
      label={t(label)}
      value={String(draft[field])}
      onChange={(e) => set(field, e.target.value)}
      error={err(field)}
      {...extra}
    />
  )
  const choice = (
    field: DraftField,
    label: Parameters<typeof t>[0],
    values: readonly string[],
    prefix: string,
  ) => (
    <SelectField
      label={t(label)}
      value={String(draft[field])}
      onChange={(e) => set(field, e.target.value)}
      error={err(field)}
      options={values.map((v) => ({
        value: v,
        label: t(`${prefix}.${v}` as Parameters<typeof t>[0]),
      }))}
    />
  )
  const zones = countryZones(draft.delegationCountry || draft.nationality)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const result = parseParticipantDraft(draft, (local) =>
      zonedLocalToUtc(local, props.event.timeZone),
    )
    if (!result.ok) {
      setProblems(result.problems)
      return
    }
    setProblems(new Map())
    setBusy(true)
    try {
      await props.onSubmit(result.value, existingId)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate className="participant-form">
      <fieldset className="form-grid">
        <legend>{t('form.person')}</legend>
        {text('honorific', 'form.honorific', { hint: t('form.honorificHint') })}
        {choice('gender', 'form.gender', genders, 'gender')}
        {text('givenName', 'form.givenName')}
        {text('familyName', 'form.familyName')}
        {text('fullName', 'form.fullName', { hint: t('form.fullNameHint') })}
        <CountrySelect
          label={t('form.nationality')}
          value={draft.nationality}
          onChange={(v) => set('nationality', v)}
          error={err('nationality')}
        />
        {text('organisation', 'form.organisation')}
        {text('position', 'form.position')}
        {text('emails', 'form.emails', { hint: t('form.emailsHint') })}
        {text('phones', 'form.phones', { hint: t('form.phonesHint') })}
        {props.allowContactReuse && (
          <ExistingContactHint
            emails={draft.emails}
            usingId={existingId}
            onUse={(contactId, fields) => {
              setExistingId(contactId)
              setDraft((d) => ({ ...d, ...fields }))
            }}
          />
        )}
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('form.participation')}</legend>
        <CountrySelect
          label={t('form.delegationCountry')}
          value={draft.delegationCountry}
          onChange={(v) => set('delegationCountry', v)}
          error={err('delegationCountry')}
        />
        {text('delegationOrganisation', 'form.delegationOrganisation')}
        {choice('role', 'form.role', participantRoles, 'role')}
        {choice('status', 'form.status', participantStatuses, 'status')}
        {choice('mode', 'form.mode', participationModes, 'mode')}
        <SelectField
          label={t('form.timeZone')}
          value={draft.timeZone}
          onChange={(e) => set('timeZone', e.target.value)}
          options={[
            { value: '', label: t('form.timeZoneDefault') },
            ...[...new Set([...zones, ...(draft.timeZone ? [draft.timeZone] : [])])].map((z) => ({
              value: z,
              label: z,
            })),
          ]}
        />
        {text('arrival', 'form.arrival', {
          type: 'datetime-local',
          hint: t('form.timesInZone', { zone: props.event.timeZone }),
        })}
        {text('departure', 'form.departure', {
          type: 'datetime-local',
          hint: t('form.timesInZone', { zone: props.event.timeZone }),
        })}
        {text('dietary', 'form.dietary')}
        {text('accessibility', 'form.accessibility')}
        {text('tags', 'form.tags', { hint: t('form.tagsHint') })}
        {text('notes', 'form.notes')}
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t('form.documents')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.nominationLetter}
            onChange={(e) => set('nominationLetter', e.target.checked)}
          />
          {t('form.nominationLetter')}
        </label>
        {choice('visaLetter', 'form.visaLetter', visaLetterStatuses, 'visa')}
        {text('passportNumber', 'form.passportNumber', { type: 'password' })}
        {text('passportExpiry', 'form.passportExpiry', { type: 'date' })}
      </fieldset>
      <div className="form-actions">
        <Button onClick={props.onCancel}>{t('form.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  )
}
