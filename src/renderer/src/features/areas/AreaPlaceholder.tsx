import type { MessageKey } from '../../../../shared/i18n'
import { useAppData } from '../../app/AppData'
import type { AreaId } from '../../app/routes'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { displayEventName } from '../events/event-format'
import { areas } from '../../app/routes'

const bodies: Partial<Record<AreaId, MessageKey>> = {
  registry: 'area.registry.body',
  'import-export': 'area.importExport.body',
  agenda: 'area.agenda.body',
  press: 'area.press.body',
  backups: 'area.backups.body',
}

/**
 * The areas later work fills in. Each says what it will hold and, for event areas, asks for an
 * event first, so a new user always knows the next step.
 */
export function AreaPlaceholder(props: { area: AreaId; goToEvents: () => void }) {
  const { t, lang } = useI18n()
  const { currentEvent } = useAppData()
  const label = areas.find((a) => a.id === props.area)?.label ?? 'nav.events'
  const needsEvent = props.area !== 'backups'
  const body = bodies[props.area]

  return (
    <section aria-labelledby="area-title" className="page">
      <h1 id="area-title">{t(label)}</h1>
      {needsEvent && !currentEvent ? (
        <EmptyState
          title={t('area.noEvent.title')}
          body={t('area.noEvent.body')}
          action={
            <Button variant="primary" onClick={props.goToEvents}>
              {t('area.goToEvents')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          title={t('area.notYet')}
          body={
            body ? t(body, { event: currentEvent ? displayEventName(currentEvent, lang) : '' }) : ''
          }
        />
      )}
    </section>
  )
}
