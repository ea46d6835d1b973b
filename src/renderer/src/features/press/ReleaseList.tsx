import type { PressReleaseRecord } from '../../../../shared/press/release-model'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { formatInstant } from './format-time'

/** The event's releases, newest change first. */
export function ReleaseList(props: {
  releases: readonly PressReleaseRecord[]
  readOnly: boolean
  onOpen: (id: string) => void
  onDelete: (release: PressReleaseRecord) => void
}) {
  const { t, lang } = useI18n()
  return (
    <table className="table press-list" aria-label={t('press.list.label')}>
      <thead>
        <tr>
          <th scope="col">{t('press.list.title')}</th>
          <th scope="col">{t('press.list.kind')}</th>
          <th scope="col">{t('press.list.status')}</th>
          <th scope="col">{t('press.list.changed')}</th>
          <th scope="col">{t('press.list.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {props.releases.map((r) => (
          <tr key={r.id}>
            <td>
              <button type="button" className="link-button" onClick={() => props.onOpen(r.id)}>
                {r.title}
              </button>
            </td>
            <td>{t(`press.kind.${r.kind}`)}</td>
            <td>
              <span className={`badge press-status press-status-${r.status}`}>
                {t(`press.status.${r.status}`)}
              </span>
            </td>
            <td>
              {formatInstant(r.updatedAt, lang)} · {r.updatedBy}
            </td>
            <td className="row-actions">
              <Button
                variant="ghost"
                className="btn-danger"
                disabled={props.readOnly}
                aria-label={t('press.list.deleteNamed', { title: r.title })}
                onClick={() => props.onDelete(r)}
              >
                {t('press.list.delete')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
