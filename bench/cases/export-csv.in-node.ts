// Measured: exportRegistry to CSV: rows built from the registry records, limits checked, every
// field neutralised and quoted, CRLF, UTF-8 bytes with BOM.
// Baseline: SheetJS CE writing the same rows raw: aoa_to_sheet of the same strings, sheet_to_csv,
// and the same UTF-8 encoding.
import * as XLSX from 'xlsx'
import { exportRegistry } from '../../src/shared/export/registry-export'
import type { CaseImpl } from '../types'
import { exportBenchState, type ExportBenchState } from './export-fixture'

export const impl: CaseImpl<ExportBenchState> = {
  setup: async (size) => exportBenchState(size),
  measured: async ({ input }) => {
    const result = exportRegistry({ ...input, format: 'csv' })
    if (!result.ok) throw new Error(result.problems.map((p) => p.code).join())
    return result.bytes
  },
  baseline: async ({ raw }) => {
    const csv = XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(raw, { dense: true }))
    return new TextEncoder().encode('\uFEFF' + csv)
  },
}
