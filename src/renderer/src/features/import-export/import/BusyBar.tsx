import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import type { Busy } from './use-import-file'

/** Work in the import worker: what is happening, and Cancel (which stops the worker at once). */
export function BusyBar(props: { busy: Busy; fileName: string }) {
  const { t } = useI18n()
  const message =
    props.busy.message === 'reading'
      ? t('import.reading', { file: props.fileName })
      : props.busy.message === 'checking'
        ? t('import.checking')
        : props.busy.message === 'matching'
          ? t('import.matching')
          : t('import.working')
  return (
    <div className="import-busy" role="status">
      <span className="import-spinner" aria-hidden="true" />
      <span>{message}</span>
      {props.busy.cancel && <Button onClick={props.busy.cancel}>{t('import.cancel')}</Button>}
    </div>
  )
}
