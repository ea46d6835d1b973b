import { useState } from 'react'
import { addDays } from '../../../../shared/agenda/local-time'
import type { AgendaRoom } from '../../../../shared/agenda/model'
import {
  emptyRoomDraft,
  parseRoomDraft,
  roomToDraft,
  type ParsedRoom,
  type RoomDraft,
  type RoomField,
  type RoomProblem,
} from '../../../../shared/agenda/room-input'
import type { EventRecord } from '../../../../shared/events/model'
import { MEETING_PLATFORMS, type MeetingPlatform } from '../../../../shared/links/platforms'
import { useI18n } from '../../i18n/I18nProvider'
import { FieldFrame, SelectField, TextAreaField, TextField } from '../../ui/Field'
import { LinkField } from './LinkField'
import { SecretInput } from './SecretInput'
import { useAgendaFormat } from './use-agenda-format'
import { DraftFormFooter } from './DraftFormFooter'
import { useDraftForm } from './use-draft-form'

function eventDates(event: EventRecord): string[] {
  const out: string[] = []
  for (let d = event.startDate; d <= event.endDate && out.length < 366; d = addDays(d, 1))
    out.push(d)
  return out
}

export function RoomForm(props: {
  event: EventRecord
  room: AgendaRoom | undefined
  onSubmit: (parsed: ParsedRoom) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const format = useAgendaFormat(props.event)
  const { draft, setDraft, set, problems, setProblems, failure, busy, submit } = useDraftForm({
    initial: (): RoomDraft => (props.room ? roomToDraft(props.room) : emptyRoomDraft()),
    check: (d: RoomDraft) => {
      const parsed = parseRoomDraft(d)
      return parsed.ok ? { ok: true as const, value: parsed.room } : parsed
    },
    save: props.onSubmit,
  })
  const [readFromLink, setReadFromLink] = useState(false)
  const err = (field: RoomField) => {
    const p = problems.get(field)
    if (!p) return undefined
    return field === 'joinUrl'
      ? t(`agenda.link.${p as Exclude<RoomProblem, 'required' | 'tooLong' | 'invalidDialIn'>}`)
      : t(`agenda.problem.${p as 'required' | 'tooLong' | 'invalidDialIn'}`)
  }

  return (
    <form className="agenda-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t('agenda.room.name')}
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={err('name')}
        />
        <SelectField
          label={t('agenda.room.platform')}
          value={draft.platform}
          onChange={(e) => set('platform', e.target.value as MeetingPlatform)}
          options={MEETING_PLATFORMS.map((p) => ({ value: p, label: t(`agenda.platform.${p}`) }))}
        />
      </div>
      <LinkField
        value={draft.joinUrl}
        platform={draft.platform}
        error={problems.has('joinUrl') ? err('joinUrl') : undefined}
        onChange={(v) => {
          set('joinUrl', v)
          setProblems((p) => {
            const next = new Map(p)
            next.delete('joinUrl')
            return next
          })
        }}
        onPasted={(found) => {
          setDraft((d) => ({
            ...d,
            ...(found.platform ? { platform: found.platform } : {}),
            ...(found.meetingId && !d.meetingId ? { meetingId: found.meetingId } : {}),
            ...(found.passcode && !d.passcode ? { passcode: found.passcode } : {}),
          }))
          setReadFromLink(!!found.meetingId)
        }}
      />
      {readFromLink && (
        <p className="agenda-note" role="status">
          {t('agenda.room.readFromLink')}
        </p>
      )}
      <div className="form-grid">
        <TextField
          label={t('agenda.room.meetingId')}
          value={draft.meetingId}
          onChange={(e) => set('meetingId', e.target.value)}
          error={err('meetingId')}
          autoComplete="off"
        />
        <SecretInput
          label={t('agenda.room.passcode')}
          value={draft.passcode}
          onChange={(v) => set('passcode', v)}
          hint={t('agenda.room.passcodeHint')}
          error={err('passcode')}
        />
        <SecretInput
          label={t('agenda.room.hostKey')}
          value={draft.hostKey}
          onChange={(v) => set('hostKey', v)}
          hint={t('agenda.room.hostKeyHint')}
          error={err('hostKey')}
        />
      </div>
      <FieldFrame
        label={t('agenda.room.dialIn')}
        hint={t('agenda.room.dialInHint')}
        error={err('dialIn')}
      >
        {({ inputId, describedBy }) => (
          <textarea
            id={inputId}
            aria-describedby={describedBy}
            rows={2}
            value={draft.dialIn}
            onChange={(e) => set('dialIn', e.target.value)}
          />
        )}
      </FieldFrame>
      <fieldset className="radio-group room-scope">
        <legend>{t('agenda.room.serves')}</legend>
        {(['event', 'day', 'session'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name="room-scope"
              checked={draft.scopeKind === kind}
              onChange={() => set('scopeKind', kind)}
            />
            {t(`agenda.room.scope.${kind}`)}
          </label>
        ))}
        {draft.scopeKind === 'day' && (
          <SelectField
            label={t('agenda.room.day')}
            value={draft.scopeDate}
            onChange={(e) => set('scopeDate', e.target.value)}
            error={err('scopeDate')}
            options={[
              { value: '', label: '—' },
              ...eventDates(props.event).map((d) => ({ value: d, label: format.longDate(d) })),
            ]}
          />
        )}
      </fieldset>
      <TextAreaField
        label={t('agenda.room.notes')}
        error={err('notes')}
        rows={2}
        value={draft.notes}
        onChange={(e) => set('notes', e.target.value)}
      />
      <DraftFormFooter
        failure={failure}
        busy={busy}
        saveLabel={t('agenda.room.save')}
        onCancel={props.onCancel}
      />
    </form>
  )
}
