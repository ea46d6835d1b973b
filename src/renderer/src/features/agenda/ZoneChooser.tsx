import { useId, useState } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import { useI18n } from '../../i18n/I18nProvider'
import { TimeZonePicker } from '../events/TimeZonePicker'
import type { AgendaDelegation, AgendaPerson } from './agenda-people'
import type { AgendaFormat } from './use-agenda-format'

/** "Show times in": the event's zone, a delegation's, a participant's, or any zone. */
export function ZoneChooser(props: {
  event: EventRecord
  people: readonly AgendaPerson[]
  delegations: readonly AgendaDelegation[]
  zone: string
  onChange: (zone: string) => void
  format: AgendaFormat
}) {
  const { t } = useI18n()
  const id = useId()
  const [choice, setChoice] = useState('event')
  const [other, setOther] = useState(props.zone)
  const pick = (value: string) => {
    setChoice(value)
    if (value === 'event') props.onChange(props.event.timeZone)
    else if (value === 'other') props.onChange(other)
    else props.onChange(value.slice(value.indexOf('|') + 1))
  }
  return (
    <div className="zone-chooser">
      <div className="field">
        <label htmlFor={id}>{t('agenda.zone.showIn')}</label>
        <select id={id} value={choice} onChange={(e) => pick(e.target.value)}>
          <option value="event">
            {t('agenda.zone.event', { zone: props.format.zone(props.event.timeZone) })}
          </option>
          {props.delegations.length > 0 && (
            <optgroup label={t('agenda.zone.delegations')}>
              {props.delegations.flatMap((d) =>
                d.zones.map((z) => (
                  <option
                    key={`${d.delegation.id}|${z.zone}`}
                    value={`d:${d.delegation.id}|${z.zone}`}
                  >
                    {`${d.name} — ${props.format.zone(z.zone)}`}
                  </option>
                )),
              )}
            </optgroup>
          )}
          {props.people.length > 0 && (
            <optgroup label={t('agenda.zone.participants')}>
              {props.people.map((p) => (
                <option key={p.participant.id} value={`p:${p.participant.id}|${p.zone.zone}`}>
                  {`${p.name} — ${props.format.zone(p.zone.zone)}`}
                </option>
              ))}
            </optgroup>
          )}
          <option value="other">{t('agenda.zone.other')}</option>
        </select>
      </div>
      {choice === 'other' && (
        <TimeZonePicker
          label={t('agenda.zone.pick')}
          value={other}
          onChange={(zone) => {
            setOther(zone)
            props.onChange(zone)
          }}
        />
      )}
    </div>
  )
}
