import { useMemo, useState } from 'react'
import { DEFAULT_NIGHT, type NightWindow } from '../../../../shared/agenda/local-time'
import { buildZoneGrid } from '../../../../shared/agenda/zone-grid'
import { useI18n } from '../../i18n/I18nProvider'
import { SelectField } from '../../ui/Field'
import { EmptyState } from '../../ui/EmptyState'
import type { AgendaViewProps } from './AgendaArea'

const hours = Array.from({ length: 24 }, (_, h) => ({
  value: String(h * 60),
  label: `${String(h).padStart(2, '0')}:00`,
}))

/** The Time zones tab: every session in every delegation's zone, night-time sessions flagged. */
export function ZonesView(props: AgendaViewProps) {
  const { event, data, format, delegations } = props
  const { t } = useI18n()
  const [night, setNight] = useState<NightWindow>(DEFAULT_NIGHT)
  const grid = useMemo(
    () =>
      buildZoneGrid({
        sessions: data.agenda.sessions,
        delegations: data.registry.delegations,
        participants: data.registry.participants,
        eventZone: event.timeZone,
        night,
      }),
    [data, event.timeZone, night],
  )
  const nameOf = (id: string) => delegations.find((d) => d.delegation.id === id)?.name ?? ''
  if (data.agenda.sessions.length === 0)
    return <EmptyState title={t('agenda.empty.title')} body={t('agenda.zones.emptyBody')} />
  const flagged = grid.rows.filter((r) => r.nightFor.length > 0).length
  return (
    <div className="agenda-zones">
      <div className="toolbar">
        <SelectField
          label={t('agenda.zones.nightFrom')}
          value={String(night.from)}
          options={hours}
          onChange={(e) => setNight((n) => ({ ...n, from: Number(e.target.value) }))}
        />
        <SelectField
          label={t('agenda.zones.nightTo')}
          value={String(night.to)}
          options={hours}
          onChange={(e) => setNight((n) => ({ ...n, to: Number(e.target.value) }))}
        />
        <p className="muted" role="status">
          {t('agenda.zones.summary', { count: flagged, total: grid.rows.length })}
        </p>
      </div>
      <div className="table-scroll">
        <table className="table zone-grid">
          <caption className="visually-hidden">{t('agenda.zones.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.list.title')}</th>
              {grid.columns.map((c) => (
                <th key={c.zone} scope="col">
                  <span className="zone-name">{format.zone(c.zone)}</span>
                  {c.zone === event.timeZone && (
                    <span className="badge badge-muted">{t('agenda.zones.eventZone')}</span>
                  )}
                  <span className="zone-delegations">
                    {c.delegations
                      .map((d) =>
                        d.source === 'capital'
                          ? t('agenda.zones.assumed', { name: nameOf(d.id) })
                          : nameOf(d.id),
                      )
                      .join(', ')}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.session.id} className={row.nightFor.length ? 'has-night' : undefined}>
                <th scope="row">
                  {format.title(row.session)}
                  {row.nightFor.length > 0 && (
                    <div className="session-warning">
                      {t('agenda.zones.nightFor', { names: row.nightFor.map(nameOf).join(', ') })}
                    </div>
                  )}
                </th>
                {row.cells.map((cell) => {
                  const parts = format.rangeParts(row.session, cell.zone)
                  return (
                    <td key={cell.zone} className={cell.night ? 'night' : undefined}>
                      {parts.span}
                      {cell.night && (
                        <span className="night-mark">
                          <span className="visually-hidden">, </span>
                          {t('agenda.zones.night')}
                        </span>
                      )}
                      {parts.shift && <span className="zone-shift">{parts.shift}</span>}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="agenda-note">{t('agenda.zones.note')}</p>
    </div>
  )
}
