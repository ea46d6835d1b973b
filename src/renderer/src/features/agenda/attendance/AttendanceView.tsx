import { useMemo, useState } from 'react'
import { detectReportSource } from '../../../../../shared/attendance/parse-report'
import { MAX_REPORT_BYTES } from '../../../../../shared/attendance/report'
import { useAppData } from '../../../app/AppData'
import { useI18n } from '../../../i18n/I18nProvider'
import { host } from '../../../platform'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { useToast } from '../../../ui/Toasts'
import type { AgendaViewProps } from '../AgendaArea'
import { fileNameFor } from '../file-names'
import { AttendanceGrid } from './AttendanceGrid'
import { CertificatesDialog } from './CertificatesDialog'
import { EligibilityPanel } from './EligibilityPanel'
import { attendanceWorkbook } from './grid-export'
import { gridSessions } from './grid-columns'
import { ImportReportDialog, type PickedReport } from './ImportReportDialog'
import { MatchQueue } from './MatchQueue'
import { ReportsList } from './ReportsList'
import { useEligibilityRule, useEventAttendance } from './use-attendance'
import type { EligibilityRule } from '../../../../../shared/attendance/eligibility'

/** The Attendance tab: reports in, names resolved, minutes counted, certificates out. */
export function AttendanceView(props: AgendaViewProps) {
  const { rule, save } = useEligibilityRule(props.event.id)
  if (!rule) return null
  return <AttendanceWithRule {...props} rule={rule} saveRule={save} />
}

function AttendanceWithRule(
  props: AgendaViewProps & {
    rule: EligibilityRule
    saveRule: (r: EligibilityRule) => Promise<void>
  },
) {
  const { event, data, people, format, reload, rule } = props
  const { t } = useI18n()
  const { readOnly } = useAppData()
  const toast = useToast()
  const [picked, setPicked] = useState<PickedReport>()
  const [certificates, setCertificates] = useState(false)
  const result = useEventAttendance(data, people, rule)
  const sessions = useMemo(
    () => gridSessions(data.agenda.sessions, rule, data.attendance.reports),
    [data, rule],
  )
  const reported = useMemo(() => new Set(data.attendance.reports.map((r) => r.sessionId)), [data])
  const eligible = result.eligibility
    .filter((e) => e.eligible)
    .map((e) => ({
      eligibility: e,
      person: people.find((p) => p.participant.id === e.participantId)!,
    }))
    .filter((c) => c.person)

  const pick = async () => {
    const file = await host.openFile([
      { name: t('agenda.import.filter'), extensions: ['csv', 'tsv', 'txt'] },
    ])
    if (!file) return
    if (file.bytes.byteLength > MAX_REPORT_BYTES)
      return toast({ tone: 'error', message: t('agenda.import.fail.tooLarge') })
    const source = detectReportSource(file.bytes)
    if (!source) return toast({ tone: 'error', message: t('agenda.import.fail.notAReport') })
    setPicked({ ...file, source })
  }
  const exportGrid = async () => {
    const bytes = attendanceWorkbook({ event, sessions, people, result, format, t })
    const name = fileNameFor(t('agenda.export.fileName'), event.shortName || event.nameEn, 'xlsx')
    if (await host.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]))
      toast({ message: t('agenda.files.saved', { name }) })
  }

  return (
    <div className="agenda-attendance">
      <section aria-labelledby="reports-heading">
        <div className="section-head">
          <h2 id="reports-heading">{t('agenda.reports.title')}</h2>
          <Button
            variant="primary"
            disabled={readOnly || data.agenda.sessions.length === 0}
            onClick={() => void pick()}
          >
            {t('agenda.import.button')}
          </Button>
        </div>
        {data.agenda.sessions.length === 0 && (
          <p className="muted">{t('agenda.import.needSessions')}</p>
        )}
        <ReportsList
          reports={data.attendance.reports}
          sessions={data.agenda.sessions}
          format={format}
          reload={reload}
        />
      </section>
      <MatchQueue
        eventId={event.id}
        result={result}
        people={people}
        sessions={data.agenda.sessions}
        format={format}
        reload={reload}
      />
      <EligibilityPanel
        key={JSON.stringify(rule)}
        rule={rule}
        sessions={data.agenda.sessions}
        onSave={props.saveRule}
      />
      <section aria-labelledby="grid-heading">
        <div className="section-head">
          <h2 id="grid-heading">{t('agenda.grid.title')}</h2>
          <Button disabled={people.length === 0} onClick={() => void exportGrid()}>
            {t('agenda.export.button')}
          </Button>
        </div>
        {people.length === 0 ? (
          <p className="muted">{t('agenda.grid.noPeople')}</p>
        ) : (
          <AttendanceGrid
            event={event}
            sessions={sessions}
            reported={reported}
            people={people}
            result={result}
            format={format}
            reload={reload}
          />
        )}
      </section>
      <section aria-labelledby="eligible-heading">
        <div className="section-head">
          <h2 id="eligible-heading">
            {t('agenda.eligible.title')} <span className="badge">{eligible.length}</span>
          </h2>
          <Button
            variant="primary"
            disabled={eligible.length === 0}
            onClick={() => setCertificates(true)}
          >
            {t('agenda.cert.button')}
          </Button>
        </div>
        {eligible.length === 0 ? (
          <p className="muted">{t('agenda.eligible.none')}</p>
        ) : (
          <ul className="eligible-list" aria-label={t('agenda.eligible.title')}>
            {eligible.map((c) => (
              <li key={c.person.participant.id}>
                {c.person.name}
                {c.person.delegationName && (
                  <span className="muted"> · {c.person.delegationName}</span>
                )}
                <span className="muted"> · {format.percent(c.eligibility.percent)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Dialog title={t('agenda.import.title')} open={!!picked} onClose={() => setPicked(undefined)}>
        {picked && (
          <ImportReportDialog
            event={event}
            sessions={data.agenda.sessions}
            file={picked}
            format={format}
            onCancel={() => setPicked(undefined)}
            onDone={async () => {
              setPicked(undefined)
              await reload()
            }}
          />
        )}
      </Dialog>
      <Dialog
        title={t('agenda.cert.dialogTitle', { count: eligible.length })}
        open={certificates}
        onClose={() => setCertificates(false)}
      >
        {certificates && (
          <CertificatesDialog
            event={event}
            certificates={eligible}
            onClose={() => setCertificates(false)}
          />
        )}
      </Dialog>
    </div>
  )
}
