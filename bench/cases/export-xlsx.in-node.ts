// Measured: exportRegistry to .xlsx, as the export worker runs it: rows built from the registry
// records (labels, dates in the event's zone, formula guard, limits), widths fitted, the About
// sheet, SheetJS's write, then the header style, frozen pane and one compression pass.
// Baseline: SheetJS CE writing the same rows raw: aoa_to_sheet of the same strings and
// XLSX.write with compression, no types, widths, styles or checks.
import * as XLSX from 'xlsx'
import { exportRegistry } from '../../src/shared/export/registry-export'
import type { CaseImpl } from '../types'
import { exportBenchState, type ExportBenchState } from './export-fixture'

export const impl: CaseImpl<ExportBenchState> = {
  setup: async (size) => exportBenchState(size),
  measured: async ({ input }) => {
    const result = exportRegistry({ ...input, format: 'xlsx' })
    if (!result.ok) throw new Error(result.problems.map((p) => p.code).join())
    return result.bytes
  },
  baseline: async ({ raw }) => {
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(raw, { dense: true }), 'Sheet1')
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array
  },
}
