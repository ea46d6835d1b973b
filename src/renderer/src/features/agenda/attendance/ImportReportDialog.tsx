import { useMemo, useState } from 'react'
import { localDateOf } from '../../../../../shared/agenda/local-time'
import type { AgendaSession } from '../../../../../shared/agenda/model'
import { parseReport } from '../../../../../shared/attendance/parse-report'
import { reportSources, type ReportSource } from '../../../../../shared/attendance/report'
import type { DateOrder } from '../../../../../shared/attendance/report-time'
import type { EventRecord } from '../../../../../shared/events/model'
import { isValidTimeZone } from '../../../../../shared/time/zones'
import { useAppData } from '../../../app/AppData'
import { describeError } from '../../../app/describe-error'
import { useI18n } from '../../../i18n/I18nProvider'
import { Button } from '../../../ui/Button'
import { SelectField } from '../../../ui/Field'
import { useToast } from '../../../ui/Toasts'
import { TimeZonePicker } from '../../events/TimeZonePicker'
import type { AgendaFormat } from '../use-agenda-format'

export interface PickedReport {
  name: string
  bytes: Uint8Array
  source: ReportSource
}

/** The session whose scheduled time overlaps the report's joins the most. */
function likelySession(sessions: readonly AgendaSession[], from: number, to: number): string {
  let best = ''
  let most = 0
  for (const s of sessions) {
    const overlap = Math.min(to, Date.parse(s.end)) - Math.max(from, Date.parse(s.start))
    if (overlap > most) [best, most] = [s.id, overlap]
  }
  return best
}

/** Reads a Zoom or Teams report, shows what it holds, and imports it for one session. */
export function ImportReportDialog(props: {
  event: EventRecord
  sessions: readonly AgendaSession[]
  file: PickedReport
  format: AgendaFormat
  onDone: () => Promise<void>
  onCancel: () => void
}) {
  const { t } = useI18n()
  const { repos, readOnly } = useAppData()
  const toast = useToast()
  const { event, file, format } = props
  const [source, setSource] = useState<ReportSource>(file.source)
  const [zone, setZone] = useState(event.timeZone)
  const [order, setOrder] = useState<DateOrder | 'auto'>('auto')
  const [chosen, setChosen] = useState<string>()
  const [busy, setBusy] = useState(false)
  const validZone = isValidTimeZone(zone)
  const result = useMemo(
    () =>
      validZone
        ? parseReport(file.bytes, source, {
            zone,
            ...(order === 'auto' ? {} : { dateOrder: order }),
          })
        : null,
    [file.bytes, source, zone, order, validZone],
  )
  const span =
    result?.ok && result.rows.length > 0
      ? {
          from: Math.min(...result.rows.map((r) => Date.parse(r.join))),
          to: Math.max(...result.rows.map((r) => Date.parse(r.leave))),
        }
      : undefined
  const sessionId = chosen ?? (span ? likelySession(props.sessions, span.from, span.to) : '')
  const people = result?.ok
    ? new Set(result.rows.map((r) => r.email || r.name.toLowerCase())).size
    : 0

  const importIt = async () => {
    if (!result?.ok || !sessionId) return
    setBusy(true)
    try {
      await repos.attendance.addReport(event.id, {
        sessionId,
        fileName: file.name,
        zone,
        parsed: result,
      })
      await props.onDone()
      toast({ message: t('agenda.import.done', { count: result.rows.length, name: file.name }) })
    } catch (error) {
      toast({ tone: 'error', message: describeError(t, error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="import-report">
      <p>
        <strong>{file.name}</strong>
      </p>
      <div className="form-grid">
        <SelectField
          label={t('agenda.import.source')}
          value={source}
          onChange={(e) => setSource(e.target.value as ReportSource)}
          options={reportSources.map((s) => ({ value: s, label: t(`agenda.import.source.${s}`) }))}
        />
        <SelectField
          label={t('agenda.import.order')}
          value={order}
          onChange={(e) => setOrder(e.target.value as DateOrder | 'auto')}
          options={(['auto', 'mdy', 'dmy'] as const).map((o) => ({
            value: o,
            label: t(`agenda.import.order.${o}`),
          }))}
        />
      </div>
      <TimeZonePicker
        label={t('agenda.import.zone')}
        hint={t('agenda.import.zoneHint')}
        value={zone}
        onChange={setZone}
        error={validZone ? undefined : t('agenda.import.badZone')}
      />
      {result && !result.ok && (
        <p className="field-error" role="alert">
          {t(`agenda.import.fail.${result.code}`)}
        </p>
      )}
      {result?.ok && (
        <>
          <p role="status">
            {t('agenda.import.summary', { joins: result.rows.length, people })}
            {span &&
              ` ${t('agenda.import.span', {
                day: format.day(localDateOf(new Date(span.from).toISOString(), event.timeZone)),
                range: format.range(
                  {
                    start: new Date(span.from).toISOString(),
                    end: new Date(span.to).toISOString(),
                  },
                  event.timeZone,
                ),
              })}`}
            {result.meeting.title &&
              ` ${t('agenda.import.meeting', { title: result.meeting.title })}`}
          </p>
          {result.problems.length > 0 && (
            <details className="import-problems" open={result.rows.length === 0}>
              <summary>{t('agenda.import.problems', { count: result.problems.length })}</summary>
              <ul>
                {result.problems.slice(0, 50).map((p) => (
                  <li key={p.line}>{t(`agenda.import.problem.${p.code}`, { line: p.line })}</li>
                ))}
              </ul>
            </details>
          )}
          <SelectField
            label={t('agenda.import.session')}
            value={sessionId}
            onChange={(e) => setChosen(e.target.value)}
            error={sessionId ? undefined : t('agenda.import.chooseSession')}
            options={[
              { value: '', label: '—' },
              ...props.sessions.map((s) => ({
                value: s.id,
                label: `${format.title(s)} · ${format.range(s, event.timeZone)}`,
              })),
            ]}
          />
        </>
      )}
      <div className="form-actions">
        <Button onClick={props.onCancel}>{t('agenda.cancel')}</Button>
        <Button
          variant="primary"
          disabled={readOnly || busy || !result?.ok || result.rows.length === 0 || !sessionId}
          onClick={() => void importIt()}
        >
          {t('agenda.import.confirm')}
        </Button>
      </div>
    </div>
  )
}
