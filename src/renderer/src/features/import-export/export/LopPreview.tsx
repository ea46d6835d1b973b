import type { LopDocument } from '../../../../../shared/export'
import { useI18n } from '../../../i18n/I18nProvider'
import { LopGroupView } from './LopPages'

const SHOWN = 4

/** The first delegations of the list as it will print, to check order and names at a glance. */
export function LopPreview(props: { doc: LopDocument }) {
  const { t } = useI18n()
  const { doc } = props
  if (doc.groups.length === 0) return <p className="muted">{t('lop.empty')}</p>
  const more = doc.groups.length - SHOWN
  return (
    <section className="lop-preview" aria-labelledby="lop-preview-title">
      <h3 id="lop-preview-title">
        {t('lop.preview')} · {doc.counts}
      </h3>
      <div className="lop-preview-page" lang={doc.lang}>
        {doc.groups.slice(0, SHOWN).map((g) => (
          <LopGroupView key={g.delegationId ?? ''} group={g} doc={doc} level={3} />
        ))}
        {more > 0 && <p className="muted">{t('lop.previewMore', { count: more })}</p>}
      </div>
    </section>
  )
}
