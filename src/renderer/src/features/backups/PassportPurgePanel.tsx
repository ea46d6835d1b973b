import { useState } from 'react'
import {
  DEFAULT_PURGE_DAYS,
  isPurgeDue,
  isValidPurgeDays,
  purgeDueDate,
} from '../../../../shared/backup/passport-purge'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { SelectField, TextField } from '../../ui/Field'
import { formatDay } from './backup-format'
import { PurgeDialog } from './PurgeDialog'

/** Today on this laptop, as a local calendar date. */
const today = () => new Date().toLocaleDateString('en-CA')

/** Passport retention: choose an event and the days after its end; preview, then confirm. */
export function PassportPurgePanel() {
  const { t, lang } = useI18n()
  const { events, currentEvent, readOnly } = useAppData()
  const [eventId, setEventId] = useState(currentEvent?.id ?? events[0]?.id ?? '')
  const [daysText, setDaysText] = useState(String(DEFAULT_PURGE_DAYS))
  const [previewing, setPreviewing] = useState(false)
  const event = events.find((e) => e.id === eventId) ?? events[0]
  const days = Number(daysText)
  const valid = daysText.trim() !== '' && isValidPurgeDays(days)
  const due = event && valid ? purgeDueDate(event.endDate, days) : null
  const isDue = !!event && valid && isPurgeDue(event.endDate, days, today())
  if (!event) return null

  return (
    <section className="bundle-panel" aria-labelledby="purge-title">
      <h2 id="purge-title">{t('purge.title')}</h2>
      <p>{t('purge.intro')}</p>
      <div className="purge-fields">
        <SelectField
          label={t('purge.event')}
          value={event.id}
          onChange={(e) => setEventId(e.target.value)}
          options={events.map((e) => ({ value: e.id, label: e.nameEn }))}
        />
        <TextField
          label={t('purge.days')}
          type="number"
          min={0}
          max={3650}
          step={1}
          value={daysText}
          onChange={(e) => setDaysText(e.target.value)}
          {...(valid ? {} : { error: t('purge.days.invalid') })}
        />
      </div>
      {due && (
        <p role="status">
          {t(isDue ? 'purge.due' : 'purge.notDue', { date: formatDay(lang, due) })}
        </p>
      )}
      <Button variant="danger" disabled={!isDue || readOnly} onClick={() => setPreviewing(true)}>
        {t('purge.preview')}
      </Button>
      {previewing && <PurgeDialog event={event} onClose={() => setPreviewing(false)} />}
    </section>
  )
}
