import { useState, type ReactNode } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Tabs } from '../../ui/Tabs'
import type { EventRegistry } from '../../db'
import { DashboardView } from './dashboard/DashboardView'
import { DelegationsView } from './delegations/DelegationsView'
import { DirectoryView } from './directory/DirectoryView'
import { DuplicatesView } from './duplicates/DuplicatesView'
import { ParticipantsView } from './ParticipantsView'
import { useEventRegistry } from './use-event-registry'

/** What every registry view receives: the event, its loaded registry, and a way to reload it. */
export interface RegistryViewProps {
  event: EventRecord
  registry: EventRegistry
  reload: () => Promise<void>
  /** Reads a few participants again after a change to them (cheaper than reload). */
  refresh: (participantIds: readonly string[]) => Promise<void>
  /** Set while a large event is still being read: `registry` then holds only its first page. */
  loadingTotal?: number
}

interface RegistryTab {
  id: string
  label: MessageKey
  render: (props: RegistryViewProps) => ReactNode
}

// The registry's views, in tab order. Each lives in its own folder under features/registry.
const tabs: RegistryTab[] = [
  {
    id: 'participants',
    label: 'registry.tab.participants',
    render: (p) => <ParticipantsView {...p} />,
  },
  {
    id: 'delegations',
    label: 'registry.tab.delegations',
    render: (p) => <DelegationsView {...p} />,
  },
  { id: 'dashboard', label: 'registry.tab.dashboard', render: (p) => <DashboardView {...p} /> },
  {
    id: 'duplicates',
    label: 'registry.tab.duplicates',
    render: (p) => <DuplicatesView {...p} />,
  },
  { id: 'directory', label: 'registry.tab.directory', render: (p) => <DirectoryView {...p} /> },
]

export function RegistryArea(props: { event: EventRecord }) {
  const { t } = useI18n()
  const { registry, preview, reload, refresh } = useEventRegistry(props.event.id)
  const [tab, setTab] = useState(tabs[0]!.id)
  const current = tabs.find((x) => x.id === tab) ?? tabs[0]!

  return (
    <section aria-labelledby="registry-title" className="page page-wide">
      <h1 id="registry-title">{t('registry.title')}</h1>
      <Tabs
        label={t('registry.tabs')}
        tabs={tabs.map((x) => ({ id: x.id, label: t(x.label) }))}
        selected={tab}
        onSelect={setTab}
      >
        {registry ? (
          current.render({ event: props.event, registry, reload, refresh })
        ) : preview && current.id === 'participants' ? (
          <ParticipantsView
            event={props.event}
            registry={preview.registry}
            reload={reload}
            refresh={refresh}
            loadingTotal={preview.total}
          />
        ) : (
          <p className="muted">{t('registry.loading')}</p>
        )}
      </Tabs>
    </section>
  )
}
