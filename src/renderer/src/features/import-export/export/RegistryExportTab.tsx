import { useMemo } from 'react'
import type { ExportPerson } from '../../../../../shared/export'
import type { EventRecord } from '../../../../../shared/events/model'
import {
  buildRows,
  sortRows,
  type RegistrySort,
} from '../../../../../shared/registry/registry-view'
import { useI18n } from '../../../i18n/I18nProvider'
import { useCountryName } from '../../registry/use-country-name'
import { useEventRegistry } from '../../registry/use-event-registry'
import { RegistryExportForm } from './RegistryExportForm'

const byName: RegistrySort = { key: 'name', direction: 'asc' }

/** The whole registry of the event, sorted by name, with every field. */
export function RegistryExportTab(props: { event: EventRecord }) {
  const { t } = useI18n()
  const countryName = useCountryName()
  const { registry } = useEventRegistry(props.event.id)
  const people = useMemo<ExportPerson[]>(() => {
    if (!registry) return []
    const rows = buildRows(
      registry.participants,
      registry.contacts,
      registry.delegations,
      countryName,
    )
    return sortRows(rows, byName).map((r) => ({
      participant: r.participant,
      contact: r.contact,
      delegation: r.delegation,
    }))
  }, [registry, countryName])

  return (
    <section className="export-panel" aria-labelledby="registry-export-title">
      <h2 id="registry-export-title">{t('export.registryTab.title')}</h2>
      <p className="muted">{t('export.registryTab.body')}</p>
      {!registry ? (
        <p className="muted">{t('registry.loading')}</p>
      ) : (
        <>
          <p>{t('export.registryTab.count', { count: people.length })}</p>
          <RegistryExportForm
            event={props.event}
            people={people}
            delegations={registry.delegations}
            view={{ query: '', filters: {}, sort: byName }}
          />
        </>
      )}
    </section>
  )
}
