import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'

/** Step 1: choose a file with the system dialog, or drop one on the window. */
export function FileStep(props: { onChoose: () => void; dragging: boolean; disabled: boolean }) {
  const { t } = useI18n()
  return (
    <section className="import-step" aria-labelledby="import-file-title">
      <h2 id="import-file-title">{t('import.file.title')}</h2>
      <p className="import-intro">{t('import.file.intro')}</p>
      <div className={`import-dropzone ${props.dragging ? 'active' : ''}`}>
        <p>{props.dragging ? t('import.file.dropActive') : t('import.file.drop')}</p>
        <Button variant="primary" onClick={props.onChoose} disabled={props.disabled}>
          {t('import.file.choose')}
        </Button>
      </div>
    </section>
  )
}
