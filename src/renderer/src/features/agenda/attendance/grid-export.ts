import { localDateOf } from '../../../../../shared/agenda/local-time'
import type { AgendaSession } from '../../../../../shared/agenda/model'
import type { EventAttendance } from '../../../../../shared/attendance/event-attendance'
import { gridWorkbook } from '../../../../../shared/attendance/export-grid'
import type { EventRecord } from '../../../../../shared/events/model'
import type { Translate } from '../../../i18n/I18nProvider'
import type { AgendaPerson } from '../agenda-people'
import type { AgendaFormat } from '../use-agenda-format'

/** The attendance grid as .xlsx bytes, with the column names of the user's language. */
export function attendanceWorkbook(input: {
  event: EventRecord
  sessions: readonly AgendaSession[]
  people: readonly AgendaPerson[]
  result: EventAttendance
  format: AgendaFormat
  t: Translate
}): Uint8Array {
  const { t, format, result, event } = input
  const eligibility = new Map(result.eligibility.map((e) => [e.participantId, e]))
  const header = [
    t('agenda.grid.participant'),
    t('agenda.export.delegation'),
    t('agenda.export.email'),
    ...input.sessions.map(
      (s) => `${format.title(s)} (${format.day(localDateOf(s.start, event.timeZone))})`,
    ),
    t('agenda.export.attended'),
    t('agenda.export.possible'),
    t('agenda.export.percent'),
    t('agenda.export.selfStudy'),
    t('agenda.grid.eligible'),
  ]
  const rows = input.people.map((p) => {
    const e = eligibility.get(p.participant.id)
    const minutes = result.minutes.get(p.participant.id)
    const done = result.selfStudyDone.get(p.participant.id)
    return [
      p.name,
      p.delegationName,
      p.emails[0] ?? '',
      ...input.sessions.map((s) =>
        s.kind === 'self_study'
          ? done?.has(s.id)
            ? t('agenda.grid.done')
            : ''
          : (minutes?.get(s.id) ?? 0),
      ),
      e?.attendedMinutes ?? 0,
      e?.possibleMinutes ?? 0,
      e ? e.percent : 0,
      e ? `${e.selfStudyDone}/${e.selfStudyTotal}` : '',
      e?.eligible ? t('agenda.grid.yes') : t('agenda.grid.no'),
    ]
  })
  return gridWorkbook({ sheetName: t('agenda.export.sheet'), header, rows })
}
