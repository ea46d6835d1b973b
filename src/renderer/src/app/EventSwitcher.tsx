import { useI18n } from '../i18n/I18nProvider'
import { useAppData } from './AppData'
import { displayEventName } from '../features/events/event-format'

/** Switches the current event; archived events are left out (they are listed on the Events page). */
export function EventSwitcher(props: { onOpenEvents: () => void }) {
  const { t, lang } = useI18n()
  const { events, currentEvent, selectEvent } = useAppData()
  const active = events.filter((e) => !e.archivedAt)
  return (
    <label className="event-switcher">
      <span>{t('switcher.label')}</span>
      <select
        value={currentEvent?.id ?? ''}
        onChange={(e) => {
          if (e.target.value) void selectEvent(e.target.value)
          else props.onOpenEvents()
        }}
      >
        {!currentEvent && <option value="">{t('switcher.none')}</option>}
        {active.map((e) => (
          <option key={e.id} value={e.id}>
            {displayEventName(e, lang)}
          </option>
        ))}
      </select>
    </label>
  )
}
