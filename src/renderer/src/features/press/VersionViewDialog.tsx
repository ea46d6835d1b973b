import { normaliseDoc } from '../../../../shared/press/doc-model'
import { pressLangs } from '../../../../shared/press/language'
import type { PressVersionRecord } from '../../db/press-repo'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { DocView } from './DocView'

/** A kept version, read-only, both languages side by side. */
export function VersionViewDialog(props: {
  version: PressVersionRecord
  number: number
  onClose: () => void
}) {
  const { t } = useI18n()
  return (
    <Dialog
      title={t('press.versions.viewTitle', { number: props.number })}
      open
      onClose={props.onClose}
    >
      <div className="press-version-view">
        {pressLangs.map((lang) => (
          <section key={lang} aria-label={t(`press.lang.${lang}`)}>
            <h3>{t(`press.lang.${lang}`)}</h3>
            <DocView doc={normaliseDoc(props.version.texts[lang])} lang={lang} />
          </section>
        ))}
      </div>
      <div className="form-actions">
        <Button variant="primary" onClick={props.onClose}>
          {t('press.close')}
        </Button>
      </div>
    </Dialog>
  )
}
