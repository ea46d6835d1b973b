import { useI18n } from '../../../i18n/I18nProvider'
import { localeCounts } from '../../../i18n/format-counts'
import { Button } from '../../../ui/Button'
import { problemText } from './problem-text'
import type { LeftOutRow, RunResult } from './use-import-run'

/** What one left-out row says in the problems file and on screen. */
export function leftOutText(t: ReturnType<typeof useI18n>['t'], row: LeftOutRow): string {
  const errors = row.problems.filter((p) => p.severity === 'error')
  const shown = errors.length ? errors : row.problems
  const text = shown.map((p) => problemText(t, p)).join(' ')
  return row.skipped ? [t('import.leftOut.skipped'), text].filter(Boolean).join(' ') : text
}

/** Step 6: the import's counts, the rows left out (downloadable to send back), and undo. */
export function DoneStep(props: {
  result: RunResult
  busy: boolean
  onDownload: () => void
  onUndo: () => void
  onAnother: () => void
}) {
  const { t, lang } = useI18n()
  const { batch, leftOut } = props.result
  return (
    <section className="import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title">{t('import.done.title')}</h2>
      <p role="status" className="import-note">
        {t('import.done.summary', localeCounts(lang, batch.counts))}
      </p>
      <div className="row-actions">
        {leftOut.length > 0 && (
          <Button onClick={props.onDownload} disabled={props.busy}>
            {t('import.done.download')}
          </Button>
        )}
        {!batch.undoneAt && (
          <Button variant="danger" onClick={props.onUndo} disabled={props.busy}>
            {t('import.done.undo')}
          </Button>
        )}
        <Button variant="primary" onClick={props.onAnother} disabled={props.busy}>
          {t('import.done.another')}
        </Button>
      </div>
      {leftOut.length > 0 && (
        <div className="import-table-wrap">
          <table className="import-table">
            <caption>{t('import.done.leftOut')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.rows.row')}</th>
                <th scope="col">{t('import.rows.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {leftOut.slice(0, 500).map((r) => (
                <tr key={r.rowNumber}>
                  <th scope="row">{r.rowNumber}</th>
                  <td>{leftOutText(t, r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
