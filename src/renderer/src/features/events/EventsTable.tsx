import type { EventRecord } from '../../../../shared/events/model'
import { useAppData } from '../../app/AppData'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { displayEventName, formatDateRange } from './event-format'

export function EventsTable(props: {
  events: EventRecord[]
  readOnly: boolean
  onOpen: (event: EventRecord) => void
  onEdit: (event: EventRecord) => void
  onArchive: (event: EventRecord, archived: boolean) => void
}) {
  const { t, lang } = useI18n()
  const { currentEvent } = useAppData()
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('events.table.name')}</th>
          <th scope="col">{t('events.table.dates')}</th>
          <th scope="col">{t('events.table.zone')}</th>
          <th scope="col">{t('events.table.venue')}</th>
          <th scope="col">{t('events.table.mode')}</th>
          <th scope="col">{t('events.table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.events.map((event) => {
          const name = displayEventName(event, lang)
          const isCurrent = currentEvent?.id === event.id
          return (
            <tr key={event.id} aria-current={isCurrent ? 'true' : undefined}>
              <th scope="row">
                {name}
                {event.shortName && <span className="muted"> · {event.shortName}</span>}
                {isCurrent && <span className="badge">{t('events.current')}</span>}
                {event.archivedAt && (
                  <span className="badge badge-muted">{t('events.archivedBadge')}</span>
                )}
              </th>
              <td>{formatDateRange(event.startDate, event.endDate, lang)}</td>
              <td>{event.timeZone}</td>
              <td>{event.venue}</td>
              <td>{t(`eventMode.${event.mode}`)}</td>
              <td>
                <div className="row-actions">
                  {!event.archivedAt && !isCurrent && (
                    <Button
                      aria-label={`${t('events.open')}: ${name}`}
                      onClick={() => props.onOpen(event)}
                    >
                      {t('events.open')}
                    </Button>
                  )}
                  <Button
                    aria-label={`${t('events.edit')}: ${name}`}
                    onClick={() => props.onEdit(event)}
                    disabled={props.readOnly}
                  >
                    {t('events.edit')}
                  </Button>
                  <Button
                    aria-label={`${t(event.archivedAt ? 'events.unarchive' : 'events.archive')}: ${name}`}
                    onClick={() => props.onArchive(event, !event.archivedAt)}
                    disabled={props.readOnly}
                  >
                    {t(event.archivedAt ? 'events.unarchive' : 'events.archive')}
                  </Button>
                </div>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
