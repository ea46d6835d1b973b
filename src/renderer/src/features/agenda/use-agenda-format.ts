import { useMemo } from 'react'
import {
  dayShiftLabel,
  decimalText,
  longDate,
  rangeText,
  shortDate,
  weekdayName,
  zoneLabel,
} from '../../../../shared/agenda/format'
import { localRange } from '../../../../shared/agenda/local-time'
import type { AgendaSession } from '../../../../shared/agenda/model'
import { sessionTitle } from '../../../../shared/agenda/session-input'
import type { EventRecord } from '../../../../shared/events/model'
import { zoneOffsetMinutes } from '../../../../shared/time/zones'
import { useI18n } from '../../i18n/I18nProvider'

/** Session titles, local times and zone names in the user's language. */
export function useAgendaFormat(event: EventRecord) {
  const { lang } = useI18n()
  return useMemo(
    () => ({
      title: (s: Pick<AgendaSession, 'titleEn' | 'titleId'>) => sessionTitle(s, lang),
      range: (s: Pick<AgendaSession, 'start' | 'end'>, zone: string) =>
        rangeText(localRange(s, zone, event.timeZone), lang),
      /** The local span without the day note, and the note ("one day earlier") apart. */
      rangeParts: (s: Pick<AgendaSession, 'start' | 'end'>, zone: string) => {
        const range = localRange(s, zone, event.timeZone)
        return {
          span: rangeText({ ...range, start: { ...range.start, dayShift: 0 } }, lang),
          shift: dayShiftLabel(range.start.dayShift, lang),
        }
      },
      zone: (zone: string, at: string = `${event.startDate}T12:00:00Z`) =>
        zoneLabel(zone, zoneOffsetMinutes(zone, new Date(at))),
      percent: (value: number) => `${decimalText(value, lang)}%`,
      day: (date: string) => `${weekdayName(date, lang)} ${shortDate(date, lang)}`,
      longDate: (date: string) => longDate(date, lang),
    }),
    [lang, event.timeZone, event.startDate],
  )
}

export type AgendaFormat = ReturnType<typeof useAgendaFormat>
