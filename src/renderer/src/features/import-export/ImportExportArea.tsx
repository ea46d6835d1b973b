import { useState, type ReactNode } from 'react'
import type { EventRecord } from '../../../../shared/events/model'
import type { MessageKey } from '../../../../shared/i18n'
import { useI18n } from '../../i18n/I18nProvider'
import { Tabs } from '../../ui/Tabs'
import { ImportView } from './import/ImportView'
import { ListOfParticipantsTab } from './export/ListOfParticipantsTab'
import { NominationFormTab } from './export/NominationFormTab'
import { RegistryExportTab } from './export/RegistryExportTab'

interface ImportExportTab {
  id: string
  label: MessageKey
  render: (props: { event: EventRecord }) => ReactNode
}

// The import and export views, in tab order; each lives in its own folder under
// features/import-export (import/, export/).
const tabs: ImportExportTab[] = [
  { id: 'import', label: 'import.tab', render: (p) => <ImportView {...p} /> },
  { id: 'export', label: 'export.tab.export', render: (p) => <RegistryExportTab {...p} /> },
  {
    id: 'nomination',
    label: 'export.tab.nomination',
    render: (p) => <NominationFormTab {...p} />,
  },
  { id: 'lop', label: 'export.tab.lop', render: (p) => <ListOfParticipantsTab {...p} /> },
]

export function ImportExportArea(props: { event: EventRecord }) {
  const { t } = useI18n()
  const [tab, setTab] = useState(tabs[0]?.id ?? '')
  const current = tabs.find((x) => x.id === tab) ?? tabs[0]
  return (
    <section aria-labelledby="import-export-title" className="page page-wide">
      <h1 id="import-export-title">{t('nav.importExport')}</h1>
      {current && (
        <Tabs
          label={t('nav.importExport')}
          tabs={tabs.map((x) => ({ id: x.id, label: t(x.label) }))}
          selected={current.id}
          onSelect={setTab}
        >
          {current.render({ event: props.event })}
        </Tabs>
      )}
    </section>
  )
}
