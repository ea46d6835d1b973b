import { useState } from 'react'
import type { EventRecord } from '../../../../../shared/events/model'
import { languages, translate, type Language } from '../../../../../shared/i18n'
import { useI18n } from '../../../i18n/I18nProvider'
import { host } from '../../../platform'
import { Button } from '../../../ui/Button'
import { useToast } from '../../../ui/Toasts'
import { fileNameFor } from '../file-names'
import { CertificatePages, PrintableCertificates, type Certificate } from './CertificateSheets'

/**
 * Certificates of attendance for the eligible, previewed on screen. In the desktop app they are
 * saved as one PDF (main prints the page to PDF under the print stylesheet); in a browser the
 * print dialog opens, where "Save as PDF" does the same.
 */
export function CertificatesDialog(props: {
  event: EventRecord
  certificates: readonly Certificate[]
  onClose: () => void
}) {
  const { t, lang: uiLang } = useI18n()
  const toast = useToast()
  const [lang, setLang] = useState<Language>(uiLang)
  const [busy, setBusy] = useState(false)
  const make = async () => {
    setBusy(true)
    const root = document.documentElement
    root.dataset.printing = 'certificates'
    try {
      const bytes = await host.printToPdf()
      if (bytes) {
        const name = fileNameFor(
          translate(lang, 'agenda.cert.fileName'),
          props.event.shortName || props.event.nameEn,
          lang,
          'pdf',
        )
        if (await host.saveFile(name, bytes, [{ name: 'PDF', extensions: ['pdf'] }]))
          toast({ message: t('agenda.files.saved', { name }) })
      } else {
        await host.print()
      }
    } catch {
      toast({ tone: 'error', message: t('agenda.cert.failed') })
    } finally {
      delete root.dataset.printing
      setBusy(false)
    }
  }
  return (
    <div className="certificates">
      <fieldset className="radio-row">
        <legend>{t('agenda.cert.language')}</legend>
        {languages.map((l) => (
          <label key={l} className="radio">
            <input
              type="radio"
              name="certificate-lang"
              checked={lang === l}
              onChange={() => setLang(l)}
            />
            {t(`settings.language.${l}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted">
        {t(host.kind === 'electron' ? 'agenda.cert.howPdf' : 'agenda.cert.howPrint', {
          count: props.certificates.length,
        })}
      </p>
      <div className="certificate-preview" aria-label={t('agenda.cert.preview')} role="region">
        <CertificatePages event={props.event} lang={lang} certificates={props.certificates} />
      </div>
      <PrintableCertificates event={props.event} lang={lang} certificates={props.certificates} />
      <div className="form-actions">
        <Button onClick={props.onClose}>{t('dialog.close')}</Button>
        <Button
          variant="primary"
          disabled={busy || props.certificates.length === 0}
          onClick={() => void make()}
        >
          {t(host.kind === 'electron' ? 'agenda.cert.savePdf' : 'agenda.cert.print')}
        </Button>
      </div>
    </div>
  )
}
