// Measured and baseline: the raw SheetJS writes that export-xlsx and export-csv compare against
// (same rows, same code), here to read their peak memory from the table.
import type { CaseImpl } from '../types'
import { impl as csv } from './export-csv.in-node'
import type { ExportBenchState } from './export-fixture'
import { impl as xlsx } from './export-xlsx.in-node'

export const xlsxRaw: CaseImpl<ExportBenchState> = {
  setup: xlsx.setup,
  measured: xlsx.baseline,
  baseline: xlsx.baseline,
}

export const csvRaw: CaseImpl<ExportBenchState> = {
  setup: csv.setup,
  measured: csv.baseline,
  baseline: csv.baseline,
}
