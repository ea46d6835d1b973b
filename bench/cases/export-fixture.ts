// The registry export's input for `size` generated participants (sorted by name, as the table
// shows them), and the same rows as plain strings for the raw SheetJS baseline.
import { allExportColumns } from '../../src/shared/export/columns'
import type { RegistryExportInput } from '../../src/shared/export/registry-export'
import { buildRegistryTable, type ExportPerson } from '../../src/shared/export/registry-table'
import { valueText } from '../../src/shared/export/table'
import { benchEvent } from '../data/registry'
import { benchRows } from './registry-rows'

export interface ExportBenchState {
  input: Omit<RegistryExportInput, 'format'>
  /** Header and rows as the strings the file holds: what SheetJS is given in the baseline. */
  raw: string[][]
}

export function exportBenchState(size: number): ExportBenchState {
  const { byName, delegations } = benchRows(size)
  const people: ExportPerson[] = byName.map((r) => ({
    participant: r.participant,
    contact: r.contact,
    delegation: r.delegation,
  }))
  const input: ExportBenchState['input'] = {
    people,
    event: benchEvent,
    delegations,
    view: { query: '', filters: {}, sort: { key: 'name', direction: 'asc' } },
    // Every field: the export meant to be edited and imported back, the widest one.
    columns: allExportColumns,
    lang: 'en',
    exportedAt: '2026-07-01T03:04:05.000Z',
  }
  const table = buildRegistryTable(people, {
    lang: 'en',
    columns: allExportColumns,
    timeZone: benchEvent.timeZone,
  })
  const raw = [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) => row.map((v) => valueText(v))),
  ]
  return { input, raw }
}
