import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { describeHolds, formatSize, formatWhen } from './backup-format'
import type { ShelfEntry } from './backup-shelf'

/** The backups the app made, newest first, each with a restore (and, in a browser, a download). */
export function BackupList(props: {
  title: string
  entries: readonly ShelfEntry[]
  busy: boolean
  onRestore: (entry: ShelfEntry) => void
  onDownload?: (entry: ShelfEntry) => void
}) {
  const { t, lang } = useI18n()
  return (
    <section className="backup-list" aria-labelledby="backup-list-title">
      <h2 id="backup-list-title">{props.title}</h2>
      {props.entries.length === 0 ? (
        <p className="muted">{t('backups.list.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.column.date')}</th>
              <th scope="col">{t('backups.column.reason')}</th>
              <th scope="col">{t('backups.column.holds')}</th>
              <th scope="col">{t('backups.column.size')}</th>
              <th scope="col">{t('backups.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry) => {
              const when = formatWhen(lang, entry.createdAt)
              return (
                <tr key={entry.name}>
                  <th scope="row">{when}</th>
                  <td>{t(`backups.reason.${entry.reason}` as MessageKey)}</td>
                  <td>{entry.header ? describeHolds(t, entry.header) : t('backups.unreadable')}</td>
                  <td>{formatSize(lang, entry.size)}</td>
                  <td className="row-actions">
                    <Button
                      aria-label={t('backups.restore.label', { date: when })}
                      disabled={props.busy || !entry.header}
                      onClick={() => props.onRestore(entry)}
                    >
                      {t('backups.restore')}
                    </Button>
                    {props.onDownload && (
                      <Button
                        variant="ghost"
                        aria-label={t('backups.download.label', { date: when })}
                        disabled={props.busy}
                        onClick={() => props.onDownload?.(entry)}
                      >
                        {t('backups.download')}
                      </Button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
