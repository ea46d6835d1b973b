// Enumerations as the file writes them ("Hadir fisik", "Chef", "F"), and the user's corrections:
// each distinct text of a gender/role/mode/status column, what it was read as, and what the user
// says it means. Texts are compared on normalised keys, so "LURING" and "luring" are one.
import type { CheckedRow } from '../spreadsheet/check-rows'
import type { DataRow } from '../spreadsheet/find-header'
import type { ColumnMapping } from '../spreadsheet/map-columns'
import { normaliseKey } from '../spreadsheet/normalise'
import { lineText } from '../spreadsheet/parse-values'
import { lookupGender, lookupMode, lookupRole, lookupStatus } from '../spreadsheet/value-maps'

export const enumFields = ['gender', 'role', 'mode', 'status'] as const
export type EnumField = (typeof enumFields)[number]

const lookups: Record<EnumField, (text: string) => string | undefined> = {
  gender: lookupGender,
  role: lookupRole,
  mode: lookupMode,
  status: lookupStatus,
}

export interface DistinctValue {
  field: EnumField
  /** The text as first written in the file. */
  text: string
  key: string
  count: number
  /** What the built-in tables read it as; undefined when unknown. */
  auto: string | undefined
}

/** A user's reading of one text: a value of the field, or '' to leave the field empty. */
export interface ValueOverride {
  field: EnumField
  key: string
  value: string
}

function enumColumns(mapping: readonly ColumnMapping[]): [EnumField, number][] {
  return enumFields.flatMap((f) => {
    const m = mapping.find((x) => x.target === f)
    return m ? [[f, m.column] as [EnumField, number]] : []
  })
}

/** The distinct texts of each mapped enumeration column, most frequent first (at most 50 per field). */
export function distinctValues(
  rows: readonly DataRow[],
  mapping: readonly ColumnMapping[],
): DistinctValue[] {
  const out: DistinctValue[] = []
  for (const [field, column] of enumColumns(mapping)) {
    const seen = new Map<string, DistinctValue>()
    for (const row of rows) {
      const text = lineText(row.cells[column])
      if (!text) continue
      const key = normaliseKey(text)
      const known = seen.get(key)
      if (known) known.count++
      else seen.set(key, { field, text, key, count: 1, auto: lookups[field](text) })
    }
    out.push(...[...seen.values()].sort((a, b) => b.count - a.count).slice(0, 50))
  }
  return out
}

/** Applies the user's readings to checked rows, in place; a corrected text is no longer a problem. */
export function applyValueOverrides(
  checked: CheckedRow[],
  rows: readonly DataRow[],
  mapping: readonly ColumnMapping[],
  overrides: readonly ValueOverride[],
): void {
  if (overrides.length === 0) return
  const columns = enumColumns(mapping)
  const byRow = new Map(rows.map((r) => [r.rowNumber, r]))
  for (const row of checked) {
    const cells = byRow.get(row.rowNumber)?.cells
    if (!cells) continue
    for (const [field, column] of columns) {
      const key = normaliseKey(lineText(cells[column]))
      const o = overrides.find((x) => x.field === field && x.key === key)
      if (!o) continue
      const record = row.record as unknown as Record<EnumField, string | undefined>
      if (o.value) record[field] = o.value
      else delete record[field]
      row.problems = row.problems.filter((p) => !(p.code === 'value_unknown' && p.field === field))
    }
  }
}
