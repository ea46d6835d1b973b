import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import type { AgendaDelegation, AgendaPerson } from './agenda-people'
import type { AgendaFormat } from './use-agenda-format'

export interface Recipient {
  kind: 'participant' | 'delegation'
  id: string
  zone: string
  /** The zone was not chosen but assumed from the country's capital or the event. */
  assumed: boolean
}

/** Who the instructions are for: a delegation (one entry per zone it sits in) or a participant. */
export function RecipientChooser(props: {
  people: readonly AgendaPerson[]
  delegations: readonly AgendaDelegation[]
  format: AgendaFormat
  value: Recipient | undefined
  onChange: (r: Recipient | undefined) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const options = new Map<string, Recipient>()
  for (const d of props.delegations)
    for (const z of d.zones)
      options.set(`d|${d.delegation.id}|${z.zone}`, {
        kind: 'delegation',
        id: d.delegation.id,
        zone: z.zone,
        assumed: z.source === 'capital' || z.source === 'event',
      })
  for (const p of props.people)
    options.set(`p|${p.participant.id}|${p.zone.zone}`, {
      kind: 'participant',
      id: p.participant.id,
      zone: p.zone.zone,
      assumed: p.zone.source === 'capital' || p.zone.source === 'event',
    })
  const current = props.value
    ? `${props.value.kind === 'delegation' ? 'd' : 'p'}|${props.value.id}|${props.value.zone}`
    : ''
  return (
    <div className="field">
      <label htmlFor={id}>{t('agenda.instructions.recipient')}</label>
      <select id={id} value={current} onChange={(e) => props.onChange(options.get(e.target.value))}>
        <option value="">{t('agenda.instructions.pick')}</option>
        <optgroup label={t('agenda.zone.delegations')}>
          {props.delegations.flatMap((d) =>
            d.zones.map((z) => (
              <option key={`${d.delegation.id}|${z.zone}`} value={`d|${d.delegation.id}|${z.zone}`}>
                {d.zones.length > 1 ? `${d.name} — ${props.format.zone(z.zone)}` : d.name}
              </option>
            )),
          )}
        </optgroup>
        <optgroup label={t('agenda.zone.participants')}>
          {props.people.map((p) => (
            <option key={p.participant.id} value={`p|${p.participant.id}|${p.zone.zone}`}>
              {p.delegationName ? `${p.name} (${p.delegationName})` : p.name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  )
}
