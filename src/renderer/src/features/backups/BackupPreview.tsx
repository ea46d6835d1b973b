import type { BackupHeader } from '../../../../shared/backup/format'
import { useI18n } from '../../i18n/I18nProvider'
import { formatWhen, headerCounts, tableLabel, tableRank } from './backup-format'

/** What a backup holds: when and by which app it was made, its events, its records per table. */
export function BackupPreview(props: { header: BackupHeader; current: Record<string, number> }) {
  const { t, lang } = useI18n()
  const { header } = props
  const inBackup = headerCounts(header)
  // Only what either side holds; the people's work first, in a fixed order.
  const tables = [...new Set([...Object.keys(inBackup), ...Object.keys(props.current)])]
    .filter((name) => (inBackup[name] ?? 0) + (props.current[name] ?? 0) > 0)
    .sort((a, b) => tableRank(a) - tableRank(b) || a.localeCompare(b))
  return (
    <div className="backup-preview">
      <p>
        {t('backups.preview.made', {
          date: formatWhen(lang, header.createdAt),
          version: header.appVersion,
        })}
      </p>
      <h3>{t('backups.preview.events')}</h3>
      {header.events.length === 0 ? (
        <p className="muted">{t('backups.preview.noEvents')}</p>
      ) : (
        <ul className="backup-events">
          {header.events.map((e) => (
            <li key={e.id}>
              <strong>{(lang === 'id' && e.nameId) || e.nameEn}</strong>{' '}
              <span className="muted">
                {t('backups.preview.eventDates', { start: e.startDate, end: e.endDate })}
                {e.archived ? ` · ${t('backups.preview.archived')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <table className="backup-counts">
        <caption>{t('backups.preview.records')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backups.preview.what')}</th>
            <th scope="col">{t('backups.preview.inBackup')}</th>
            <th scope="col">{t('backups.preview.now')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((name) => (
            <tr key={name}>
              <th scope="row">{tableLabel(t, name)}</th>
              <td>{inBackup[name] ?? 0}</td>
              <td>{props.current[name] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
