import type { AgendaSession } from '../../../../../shared/agenda/model'
import type { AttendanceReport } from '../../../../../shared/attendance/model'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n, localeOf } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { useToast } from '../../../ui/Toasts'
import type { AgendaFormat } from '../use-agenda-format'

/** The reports imported for this event, each removable (with undo). */
export function ReportsList(props: {
  reports: readonly AttendanceReport[]
  sessions: readonly AgendaSession[]
  format: AgendaFormat
  reload: () => Promise<void>
}) {
  const { t, lang } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })
  const remove = async (report: AttendanceReport) => {
    try {
      const removed = await repos.attendance.removeReport(report.id)
      await props.reload()
      toast({
        message: t('agenda.reports.removed', { name: report.fileName }),
        action: {
          label: t('agenda.undo'),
          run: () => void repos.attendance.restoreReport(removed).then(props.reload),
        },
      })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    }
  }
  if (props.reports.length === 0) return <p className="muted">{t('agenda.reports.none')}</p>
  return (
    <table className="table reports-table">
      <caption className="visually-hidden">{t('agenda.reports.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agenda.reports.file')}</th>
          <th scope="col">{t('agenda.reports.session')}</th>
          <th scope="col">{t('agenda.reports.joins')}</th>
          <th scope="col">{t('agenda.reports.imported')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('agenda.list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.reports.map((r) => {
          const session = props.sessions.find((s) => s.id === r.sessionId)
          return (
            <tr key={r.id}>
              <th scope="row">
                {r.fileName}
                <div className="muted">
                  {t(`agenda.import.source.${r.source}`)} · {r.zone}
                </div>
              </th>
              <td>{session ? props.format.title(session) : t('agenda.reports.noSession')}</td>
              <td>
                {r.rows.length}
                {r.skippedRows > 0 && (
                  <div className="muted">
                    {t('agenda.reports.skipped', { count: r.skippedRows })}
                  </div>
                )}
              </td>
              <td>{when.format(new Date(r.importedAt))}</td>
              <td>
                <Button
                  variant="ghost"
                  disabled={readOnly}
                  aria-label={t('agenda.reports.remove', { name: r.fileName })}
                  onClick={() => void remove(r)}
                >
                  {t('agenda.remove')}
                </Button>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
