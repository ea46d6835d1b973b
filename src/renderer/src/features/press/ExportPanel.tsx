import { useState } from 'react'
import { htmlDocument } from '../../../../shared/press/output-html'
import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { describeError } from '../../app/describe-error'
import { useI18n } from '../../i18n/I18nProvider'
import { host } from '../../platform'
import { Button } from '../../ui/Button'
import { useToast } from '../../ui/Toasts'
import { OutputChoiceField } from './OutputChoiceField'
import { fileBase, outputParts, partsText, type OutputChoice } from './output-parts'
import type { Texts } from './use-autosave'

type Format = 'docx' | 'pdf' | 'html' | 'txt' | 'copy'

const filters = {
  docx: [{ name: 'Word', extensions: ['docx'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  html: [{ name: 'HTML', extensions: ['html'] }],
  txt: [{ name: 'Text', extensions: ['txt'] }],
}

/**
 * Exports of the latest text (autosave is flushed first): Word, PDF (Electron's printToPDF of the
 * print view; the browser's print dialog elsewhere), clean HTML, plain text, and the clipboard.
 */
export function ExportPanel(props: {
  release: PressReleaseRecord
  choice: OutputChoice
  onChoice: (choice: OutputChoice) => void
  latestTexts: () => Promise<Texts>
}) {
  const { t } = useI18n()
  const toast = useToast()
  const [busy, setBusy] = useState<Format>()
  const { release, choice } = props

  const run = async (format: Format) => {
    setBusy(format)
    try {
      const parts = outputParts(release, await props.latestTexts(), choice)
      const base = fileBase(release.title, choice)
      let saved = false
      if (format === 'docx') {
        const { buildReleaseDocx } = await import('../../../../shared/press/docx')
        const bytes = await buildReleaseDocx(release.title, parts)
        saved = await host.saveFile(`${base}.docx`, bytes, filters.docx)
      } else if (format === 'html') {
        const bytes = new TextEncoder().encode(htmlDocument(release.title, parts))
        saved = await host.saveFile(`${base}.html`, bytes, filters.html)
      } else if (format === 'txt') {
        const bytes = new TextEncoder().encode(`${partsText(parts)}\n`)
        saved = await host.saveFile(`${base}.txt`, bytes, filters.txt)
      } else if (format === 'pdf') {
        const bytes = await host.printToPdf()
        if (bytes) saved = await host.saveFile(`${base}.pdf`, bytes, filters.pdf)
        else await host.print()
        if (!bytes) return
      } else {
        const copied = await host.copyText(partsText(parts))
        toast(
          copied
            ? { message: t('press.export.copied') }
            : { message: t('press.export.copyFailed'), tone: 'error' },
        )
        return
      }
      if (saved) toast({ message: t('press.export.saved') })
    } catch (error) {
      toast({ message: describeError(t, error), tone: 'error' })
    } finally {
      setBusy(undefined)
    }
  }

  const button = (format: Format, label: string) => (
    <Button disabled={busy !== undefined} onClick={() => void run(format)}>
      {busy === format ? t('press.export.working') : label}
    </Button>
  )

  return (
    <div className="press-export">
      <div className="press-output-bar">
        <OutputChoiceField value={choice} onChange={props.onChoice} />
      </div>
      <div className="press-export-buttons" role="group" aria-label={t('press.export.formats')}>
        {button('docx', t('press.export.docx'))}
        {button('pdf', t('press.export.pdf'))}
        {button('html', t('press.export.html'))}
        {button('txt', t('press.export.txt'))}
        {button('copy', t('press.export.copy'))}
      </div>
      <p className="muted">{t('press.export.note')}</p>
    </div>
  )
}
