import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import {
  buildRows,
  filterRows,
  prepareSearch,
  sortRows,
  type RegistryFilters,
  type RegistryRow,
  type RegistrySort,
} from '../../../../shared/registry/registry-view'
import { useAppData } from '../../app/AppData'
import { localeOf, useI18n } from '../../i18n/I18nProvider'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { EmptyState } from '../../ui/EmptyState'
import { TextField } from '../../ui/Field'
import { ExportDialog } from '../import-export/export/ExportDialog'
import { ColumnChooser } from './ColumnChooser'
import { HistoryList } from './HistoryList'
import { ParticipantEditor, type Editing } from './ParticipantEditor'
import { RegistryFiltersBar } from './RegistryFiltersBar'
import { RegistryTable } from './RegistryTable'
import { SelectionActions } from './SelectionActions'
import type { RegistryViewProps } from './RegistryArea'
import { useCountryName } from './use-country-name'
import { useRegistryColumns } from './use-registry-columns'

export function ParticipantsView(props: RegistryViewProps) {
  const { event, registry, refresh, loadingTotal } = props
  // While a large event is read whole, only its first page is here: search, filters and export
  // would answer for that page alone, so they wait.
  const partial = loadingTotal !== undefined
  const { t, lang } = useI18n()
  const count = (n: number) => n.toLocaleString(localeOf(lang))
  const { readOnly } = useAppData()
  const countryName = useCountryName()
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const [filters, setFilters] = useState<RegistryFilters>({})
  const [sort, setSort] = useState<RegistrySort>({ key: 'name', direction: 'asc' })
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<Editing>(null)
  const [historyOf, setHistoryOf] = useState<RegistryRow>()
  const [exporting, setExporting] = useState(false)
  const [visibleColumns, setVisibleColumns] = useRegistryColumns()

  const rows = useMemo(
    () => buildRows(registry.participants, registry.contacts, registry.delegations, countryName),
    [registry, countryName],
  )
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort])
  // The search index is made after the table has painted, not on the first keystroke.
  useEffect(() => {
    const timer = setTimeout(() => prepareSearch(sorted), 0)
    return () => clearTimeout(timer)
  }, [sorted])
  const shown = useMemo(
    () => filterRows(sorted, deferredQuery, filters),
    [sorted, deferredQuery, filters],
  )
  const delegationOptions = useMemo(
    () =>
      registry.delegations
        .map((d) => ({
          delegation: d,
          label:
            rows.find((r) => r.delegation?.id === d.id)?.delegationName ??
            (d.countryCode ? countryName(d.countryCode) : (d.organisationName ?? '')),
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [registry.delegations, rows, countryName],
  )
  const selectedRows = useMemo(
    () => rows.filter((r) => selected.has(r.participant.id)),
    [rows, selected],
  )

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const toggleAll = () =>
    setSelected((current) =>
      shown.every((r) => current.has(r.participant.id))
        ? new Set()
        : new Set(shown.map((r) => r.participant.id)),
    )

  return (
    <div className="participants">
      <div className="toolbar">
        <TextField
          type="search"
          label={t('registry.search')}
          hint={partial ? t('registry.partial.wait') : t('registry.searchHint')}
          value={query}
          disabled={partial}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ColumnChooser visible={visibleColumns} onChange={setVisibleColumns} />
        <Button disabled={partial || shown.length === 0} onClick={() => setExporting(true)}>
          {t('export.dialog.open')}
        </Button>
        <Button variant="primary" disabled={readOnly} onClick={() => setEditing({ mode: 'add' })}>
          {t('registry.add')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t('registry.empty.title')} body={t('registry.empty.body')} />
      ) : (
        <>
          {!partial && (
            <RegistryFiltersBar
              filters={filters}
              onChange={setFilters}
              delegations={delegationOptions}
            />
          )}
          <p className="muted" role="status">
            {partial
              ? t('registry.partial.count', {
                  shown: count(rows.length),
                  total: count(loadingTotal),
                })
              : t('registry.count', { shown: count(shown.length), total: count(rows.length) })}
          </p>
          {selected.size > 0 && (
            <SelectionActions
              rows={selectedRows}
              onDone={async (ids) => {
                setSelected(new Set())
                await refresh(ids)
              }}
              refresh={refresh}
            />
          )}
          {shown.length === 0 ? (
            <p>{t('registry.noResults')}</p>
          ) : (
            <RegistryTable
              rows={shown}
              visibleColumns={visibleColumns}
              sort={sort}
              onSort={setSort}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onEdit={(row) => setEditing({ mode: 'edit', row })}
              onHistory={setHistoryOf}
            />
          )}
        </>
      )}
      <ParticipantEditor
        event={event}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={refresh}
      />
      <Dialog
        title={historyOf ? t('history.show', { name: historyOf.name }) : t('history.title')}
        open={!!historyOf}
        onClose={() => setHistoryOf(undefined)}
      >
        {historyOf && <HistoryList participantId={historyOf.participant.id} />}
        <div className="form-actions">
          <Button onClick={() => setHistoryOf(undefined)}>{t('dialog.close')}</Button>
        </div>
      </Dialog>
      <ExportDialog
        open={exporting}
        onClose={() => setExporting(false)}
        event={event}
        rows={shown}
        delegations={registry.delegations}
        view={{ query: deferredQuery, filters, sort }}
        visibleColumns={visibleColumns}
      />
    </div>
  )
}
