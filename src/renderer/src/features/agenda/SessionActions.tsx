import type { AgendaSession } from '../../../../shared/agenda/model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import type { SessionShowProps } from './SessionCard'

/** Edit and Remove for one session, named after it for screen readers. */
export function SessionActions(
  props: Pick<SessionShowProps, 'readOnly' | 'onEdit' | 'onRemove'> & {
    session: AgendaSession
    title: string
  },
) {
  const { t } = useI18n()
  return (
    <div className="row-actions">
      <Button
        variant="ghost"
        disabled={props.readOnly}
        onClick={() => props.onEdit(props.session)}
        aria-label={t('agenda.session.edit', { title: props.title })}
      >
        {t('agenda.edit')}
      </Button>
      <Button
        variant="ghost"
        disabled={props.readOnly}
        onClick={() => props.onRemove(props.session)}
        aria-label={t('agenda.session.remove', { title: props.title })}
      >
        {t('agenda.remove')}
      </Button>
    </div>
  )
}
