// Suggests which registry field each column fills. Columns are addressed by index and kept in
// arrays: header text is user data ("__proto__", "constructor") and never becomes an object key.
import { importFields, matchHeader, type ImportField } from './header-aliases'
import type { HeaderColumn } from './find-header'
import { normaliseKey } from './normalise'
import type { Problem } from './types'

/** 'extra_note' appends "Header: value" to the notes, for columns the registry has no field for. */
export type ColumnTarget = ImportField | 'ignore' | 'extra_note'
export type UnknownColumns = 'ignore' | 'extra_note'

export interface ColumnMapping {
  column: number
  header: string
  target: ColumnTarget
  /** 0..1; 1 when the user chose it or it was remembered. */
  confidence: number
}

/** Below this a suggestion is not made: the user maps the column by hand. */
export const MIN_CONFIDENCE = 0.6
/** Weight of each header text: the lower cell alone is the best evidence. */
const TEXT_WEIGHTS = [1, 0.98, 0.9]

export function isImportField(x: string): x is ImportField {
  return (importFields as readonly string[]).includes(x)
}

interface Candidate {
  column: number
  field: ImportField | 'rowNumber'
  score: number
}

export function suggestMapping(
  columns: readonly HeaderColumn[],
  unknownColumns: UnknownColumns = 'ignore',
): ColumnMapping[] {
  const candidates: Candidate[] = []
  for (const col of columns) {
    const best = new Map<ImportField | 'rowNumber', number>()
    col.texts.forEach((text, i) => {
      for (const m of matchHeader(text)) {
        const score = m.score * (TEXT_WEIGHTS[i] ?? 0.9)
        if (score >= MIN_CONFIDENCE && score > (best.get(m.field) ?? 0)) best.set(m.field, score)
      }
    })
    for (const [field, score] of best) candidates.push({ column: col.index, field, score })
  }
  // Greedy by confidence: each column gets one field, each field one column.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const byColumn = new Map<number, Candidate>()
  const takenFields = new Set<string>()
  for (const c of candidates) {
    if (byColumn.has(c.column) || (c.field !== 'rowNumber' && takenFields.has(c.field))) continue
    byColumn.set(c.column, c)
    takenFields.add(c.field)
  }
  const mapping = columns.map((col): ColumnMapping => {
    const c = byColumn.get(col.index)
    if (!c) return { column: col.index, header: col.label, target: unknownColumns, confidence: 0 }
    const target = c.field === 'rowNumber' ? 'ignore' : c.field
    return { column: col.index, header: col.label, target, confidence: round(c.score) }
  })
  return reinterpretLoneNom(mapping, columns)
}

/** French "Nom" is the family name next to "Prénom", but the whole name when it stands alone. */
function reinterpretLoneNom(
  mapping: ColumnMapping[],
  columns: readonly HeaderColumn[],
): ColumnMapping[] {
  const has = (f: ColumnTarget): boolean => mapping.some((m) => m.target === f)
  if (has('givenName') || has('fullName')) return mapping
  return mapping.map((m) => {
    const col = columns.find((c) => c.index === m.column)
    const lone = m.target === 'familyName' && col?.texts.some((t) => normaliseKey(t) === 'nom')
    return lone ? { ...m, target: 'fullName' } : m
  })
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100
}

/** The user's choice for one column; a field taken from another column leaves that one ignored. */
export function setColumnTarget(
  mapping: readonly ColumnMapping[],
  column: number,
  target: ColumnTarget,
): ColumnMapping[] {
  return mapping.map((m) => {
    if (m.column === column) return { ...m, target, confidence: 1 }
    if (isImportField(target) && m.target === target)
      return { ...m, target: 'ignore', confidence: 1 }
    return m
  })
}

export function hasNameField(mapping: readonly ColumnMapping[]): boolean {
  return mapping.some(
    (m) => m.target === 'fullName' || m.target === 'givenName' || m.target === 'familyName',
  )
}

/** Problems that block importing with this mapping: no name column, or a field used twice. */
export function mappingProblems(mapping: readonly ColumnMapping[]): Problem[] {
  const problems: Problem[] = []
  if (!hasNameField(mapping)) problems.push({ code: 'name_not_mapped', severity: 'error' })
  const seen = new Set<string>()
  for (const m of mapping) {
    if (!isImportField(m.target)) continue
    if (seen.has(m.target)) {
      problems.push({
        code: 'field_mapped_twice',
        severity: 'error',
        field: m.target,
        column: m.column,
      })
    }
    seen.add(m.target)
  }
  return problems
}
