import { useMemo } from 'react'
import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { useI18n } from '../../i18n/I18nProvider'
import { OutputChoiceField } from './OutputChoiceField'
import { outputParts, partsHtml, type OutputChoice } from './output-parts'
import { previewDocument } from './sanitize'

/**
 * The release as the website would show it, in a frame with every sandbox restriction
 * (sandbox=""): no scripts, no forms, no navigation, a unique origin. The HTML is sanitised first.
 */
export function PreviewPanel(props: {
  release: PressReleaseRecord
  choice: OutputChoice
  onChoice: (choice: OutputChoice) => void
}) {
  const { t } = useI18n()
  const { release, choice } = props
  const srcDoc = useMemo(
    () =>
      previewDocument(
        release.title,
        choice === 'en' ? 'en' : 'id',
        partsHtml(outputParts(release, release.texts, choice)),
      ),
    [release, choice],
  )
  return (
    <div className="press-preview">
      <div className="press-output-bar">
        <OutputChoiceField value={choice} onChange={props.onChoice} />
        <p className="muted">{t('press.preview.note')}</p>
      </div>
      <iframe
        className="press-preview-frame"
        title={t('press.preview.frame')}
        sandbox=""
        srcDoc={srcDoc}
      />
    </div>
  )
}
