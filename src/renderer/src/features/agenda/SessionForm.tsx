import { sessionKinds, type AgendaRoom, type AgendaSession } from '../../../../shared/agenda/model'
import {
  emptySessionDraft,
  parseSessionDraft,
  sessionToDraft,
  type ParsedSession,
  type SessionDraft,
  type SessionField,
} from '../../../../shared/agenda/session-input'
import type { EventRecord } from '../../../../shared/events/model'
import { useI18n } from '../../i18n/I18nProvider'
import { SelectField, TextAreaField, TextField } from '../../ui/Field'
import type { AgendaPerson } from './agenda-people'
import { PeoplePicker } from './PeoplePicker'
import { useAgendaFormat } from './use-agenda-format'
import { DraftFormFooter } from './DraftFormFooter'
import { useDraftForm } from './use-draft-form'

export function SessionForm(props: {
  event: EventRecord
  session: AgendaSession | undefined
  date: string | undefined
  rooms: readonly AgendaRoom[]
  people: readonly AgendaPerson[]
  onSubmit: (parsed: ParsedSession) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const format = useAgendaFormat(props.event)
  const zone = props.event.timeZone
  const { draft, set, problems, failure, busy, submit } = useDraftForm({
    initial: (): SessionDraft =>
      props.session
        ? sessionToDraft(props.session, zone)
        : emptySessionDraft(props.date ?? props.event.startDate),
    check: (d: SessionDraft) => {
      const parsed = parseSessionDraft(d, zone)
      return parsed.ok ? { ok: true as const, value: parsed.session } : parsed
    },
    save: props.onSubmit,
  })
  const err = (field: SessionField) => {
    const p = problems.get(field)
    return p ? t(`agenda.problem.${p}`) : undefined
  }
  const people = props.people.map((p) => ({
    id: p.participant.id,
    label: p.name,
    detail: p.delegationName,
  }))

  return (
    <form className="agenda-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t('agenda.form.titleEn')}
          value={draft.titleEn}
          onChange={(e) => set('titleEn', e.target.value)}
          error={err('titleEn')}
        />
        <TextField
          label={t('agenda.form.titleId')}
          value={draft.titleId}
          onChange={(e) => set('titleId', e.target.value)}
          error={err('titleId')}
        />
        <SelectField
          label={t('agenda.form.kind')}
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as SessionDraft['kind'])}
          options={sessionKinds.map((k) => ({ value: k, label: t(`agenda.kind.${k}`) }))}
          error={err('kind')}
        />
      </div>
      <p className="agenda-note">{t('agenda.form.zoneNote', { zone: format.zone(zone) })}</p>
      <div className="form-grid">
        <TextField
          type="datetime-local"
          label={t('agenda.form.start')}
          value={draft.startLocal}
          onChange={(e) => set('startLocal', e.target.value)}
          error={err('startLocal')}
        />
        <TextField
          type="datetime-local"
          label={t('agenda.form.end')}
          value={draft.endLocal}
          onChange={(e) => set('endLocal', e.target.value)}
          error={err('endLocal')}
        />
      </div>
      <div className="picker-grid">
        <PeoplePicker
          legend={t('agenda.form.speakers')}
          options={people}
          selected={draft.speakerIds}
          onChange={(ids) => set('speakerIds', ids)}
        />
        <PeoplePicker
          legend={t('agenda.form.moderators')}
          options={people}
          selected={draft.moderatorIds}
          onChange={(ids) => set('moderatorIds', ids)}
        />
        <PeoplePicker
          legend={t('agenda.form.rooms')}
          options={props.rooms.map((r) => ({
            id: r.id,
            label: r.name,
            detail: t(`agenda.platform.${r.platform}`),
          }))}
          selected={draft.roomIds}
          onChange={(ids) => set('roomIds', ids)}
        />
      </div>
      <p className="agenda-note">{t('agenda.form.roomsNote')}</p>
      <TextAreaField
        label={t('agenda.form.description')}
        error={err('description')}
        rows={3}
        value={draft.description}
        onChange={(e) => set('description', e.target.value)}
      />
      <DraftFormFooter
        failure={failure}
        busy={busy}
        saveLabel={t('agenda.session.save')}
        onCancel={props.onCancel}
      />
    </form>
  )
}
