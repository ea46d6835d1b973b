import { useMemo, useState, type ReactNode } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Tabs } from '../../ui/Tabs'
import { useCountryName } from '../registry/use-country-name'
import {
  agendaDelegations,
  agendaPeople,
  type AgendaDelegation,
  type AgendaPerson,
} from './agenda-people'
import { AttendanceView } from './attendance/AttendanceView'
import { InstructionsView } from './InstructionsView'
import { RoomsView } from './RoomsView'
import { SessionsView } from './SessionsView'
import { useAgendaData, type AgendaBundle } from './use-agenda-data'
import { useAgendaFormat, type AgendaFormat } from './use-agenda-format'
import { ZonesView } from './ZonesView'
import './agenda.css'

/** What every agenda tab receives. */
export interface AgendaViewProps {
  event: EventRecord
  data: AgendaBundle
  reload: () => Promise<void>
  format: AgendaFormat
  people: AgendaPerson[]
  delegations: AgendaDelegation[]
}

const tabs: { id: string; label: MessageKey; render: (p: AgendaViewProps) => ReactNode }[] = [
  { id: 'agenda', label: 'agenda.tab.agenda', render: (p) => <SessionsView {...p} /> },
  { id: 'rooms', label: 'agenda.tab.rooms', render: (p) => <RoomsView {...p} /> },
  { id: 'zones', label: 'agenda.tab.zones', render: (p) => <ZonesView {...p} /> },
  {
    id: 'instructions',
    label: 'agenda.tab.instructions',
    render: (p) => <InstructionsView {...p} />,
  },
  { id: 'attendance', label: 'agenda.tab.attendance', render: (p) => <AttendanceView {...p} /> },
]

export function AgendaArea(props: { event: EventRecord }) {
  const { t } = useI18n()
  const countryName = useCountryName()
  const { data, reload } = useAgendaData(props.event.id)
  const format = useAgendaFormat(props.event)
  const [tab, setTab] = useState(tabs[0]!.id)
  const current = tabs.find((x) => x.id === tab) ?? tabs[0]!
  const people = useMemo(
    () => (data ? agendaPeople(data.registry, props.event, countryName) : []),
    [data, props.event, countryName],
  )
  const delegations = useMemo(
    () => (data ? agendaDelegations(data.registry, props.event, countryName) : []),
    [data, props.event, countryName],
  )
  return (
    <section aria-labelledby="agenda-title" className="page page-wide">
      <h1 id="agenda-title">{t('agenda.title')}</h1>
      <Tabs
        label={t('agenda.tabs')}
        tabs={tabs.map((x) => ({ id: x.id, label: t(x.label) }))}
        selected={tab}
        onSelect={setTab}
      >
        {data ? (
          current.render({ event: props.event, data, reload, format, people, delegations })
        ) : (
          <p className="muted">{t('agenda.loading')}</p>
        )}
      </Tabs>
    </section>
  )
}
