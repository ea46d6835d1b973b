// The columns a registry export can hold, what each is called in each language, and which
// importer field reads it back. The header texts are the importer's own aliases (checked by a
// test), so an exported file maps itself with full confidence when it comes back as an update.
import type { ImportField } from '../spreadsheet/header-aliases'

export const exportColumnIds = [
  'id',
  'honorific',
  'givenName',
  'familyName',
  'fullName',
  'delegation',
  'role',
  'status',
  'mode',
  'gender',
  'organisation',
  'position',
  'email',
  'phone',
  'nationality',
  'arrival',
  'departure',
  'dietary',
  'accessibility',
  'passportNumber',
  'passportExpiry',
  'notes',
  'tags',
  'documents',
] as const
export type ExportColumnId = (typeof exportColumnIds)[number]

/** The importer field each column fills; null for columns that only inform (tags, documents). */
export const importTargetOf: Readonly<Record<ExportColumnId, ImportField | null>> = {
  id: 'id',
  honorific: 'honorific',
  givenName: 'givenName',
  familyName: 'familyName',
  fullName: 'fullName',
  delegation: 'country',
  role: 'role',
  status: 'status',
  mode: 'mode',
  gender: 'gender',
  organisation: 'organisation',
  position: 'position',
  email: 'email',
  phone: 'phone',
  nationality: 'nationality',
  arrival: 'arrival',
  departure: 'departure',
  dietary: 'dietary',
  accessibility: 'accessibility',
  passportNumber: 'passportNumber',
  passportExpiry: 'passportExpiry',
  notes: 'notes',
  tags: null,
  documents: null,
}

/** The registry table's columns (features/registry/columns.ts) and what each exports as. */
export const viewColumnExports: Readonly<Record<string, readonly ExportColumnId[]>> = {
  name: ['honorific', 'givenName', 'familyName', 'fullName'],
  delegation: ['delegation'],
  role: ['role'],
  status: ['status'],
  mode: ['mode'],
  organisation: ['organisation'],
  position: ['position'],
  email: ['email'],
  phone: ['phone'],
  tags: ['tags'],
  documents: ['documents'],
  passport: ['passportNumber', 'passportExpiry'],
}

/** Every column, for an export meant to be edited and imported back. */
export const allExportColumns: readonly ExportColumnId[] = exportColumnIds

/**
 * The export columns for the table's visible columns: always the ID first (so the file can come
 * back as an update), then each visible column's fields in the table's order, each once.
 */
export function exportColumnsForView(visible: readonly string[]): ExportColumnId[] {
  const out: ExportColumnId[] = ['id']
  for (const column of visible) {
    const fields = Object.hasOwn(viewColumnExports, column) ? viewColumnExports[column] : undefined
    for (const f of fields ?? []) if (!out.includes(f)) out.push(f)
  }
  return out
}

/** Columns written as real dates (with time for arrival and departure). */
export const dateColumns: ReadonlySet<ExportColumnId> = new Set([
  'arrival',
  'departure',
  'passportExpiry',
])
