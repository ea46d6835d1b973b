import type { ImportBatchRecord } from '../../../db/import-repo'
import { localeOf, useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { Button } from '../../../ui/Button'

/** The imports into this event, newest first, each with Undo until it is undone. */
export function BatchesList(props: {
  batches: ImportBatchRecord[]
  busy: boolean
  readOnly: boolean
  onUndo: (batch: ImportBatchRecord) => void
}) {
  const { t, lang } = useI18n()
  const when = (iso: string) =>
    new Date(iso).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <section className="import-batches" aria-labelledby="import-batches-title">
      <h2 id="import-batches-title">{t('import.batches.title')}</h2>
      {props.batches.length === 0 ? (
        <p className="import-muted">{t('import.batches.empty')}</p>
      ) : (
        <div className="import-table-wrap">
          <table className="import-table">
            <caption className="visually-hidden">{t('import.batches.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.batches.when')}</th>
                <th scope="col">{t('import.batches.file')}</th>
                <th scope="col">{t('import.batches.sheet')}</th>
                <th scope="col">{t('import.batches.result')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('import.batches.undo')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.batches.map((b) => (
                <tr key={b.id}>
                  <td>{when(b.createdAt)}</td>
                  <th scope="row">{b.fileName}</th>
                  <td>{b.sheetName}</td>
                  <td>
                    {t('import.batches.counts', localeCounts(lang, b.counts))}
                    {b.status === 'running' && !b.undoneAt && (
                      <span className="badge badge-warning">{t('import.batches.interrupted')}</span>
                    )}
                    {b.undoneAt && (
                      <span className="badge badge-muted">
                        {t('import.batches.undone', { date: when(b.undoneAt) })}
                      </span>
                    )}
                  </td>
                  <td>
                    {!b.undoneAt && !props.readOnly && (
                      <Button
                        variant="ghost"
                        disabled={props.busy}
                        aria-label={t('import.batches.undoName', {
                          file: b.fileName,
                          date: when(b.createdAt),
                        })}
                        onClick={() => props.onUndo(b)}
                      >
                        {t('import.batches.undo')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
