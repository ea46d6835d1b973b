import type { MessageKey } from '../../../../shared/i18n'
import type { SortKey } from '../../../../shared/registry/registry-view'

export const columnIds = [
  'name',
  'delegation',
  'role',
  'status',
  'mode',
  'organisation',
  'position',
  'email',
  'phone',
  'tags',
  'documents',
  'passport',
] as const
export type ColumnId = (typeof columnIds)[number]

export interface ColumnDef {
  id: ColumnId
  label: MessageKey
  width: string
  sort?: SortKey
}

export const columns: readonly ColumnDef[] = [
  { id: 'name', label: 'registry.column.name', width: 'minmax(0, 2fr)', sort: 'name' },
  {
    id: 'delegation',
    label: 'registry.column.delegation',
    width: 'minmax(0, 1.2fr)',
    sort: 'delegation',
  },
  { id: 'role', label: 'registry.column.role', width: 'minmax(0, 1fr)', sort: 'role' },
  { id: 'status', label: 'registry.column.status', width: 'minmax(0, 0.9fr)', sort: 'status' },
  { id: 'mode', label: 'registry.column.mode', width: 'minmax(0, 0.8fr)', sort: 'mode' },
  {
    id: 'organisation',
    label: 'registry.column.organisation',
    width: 'minmax(0, 1.4fr)',
    sort: 'organisation',
  },
  {
    id: 'position',
    label: 'registry.column.position',
    width: 'minmax(0, 1.2fr)',
    sort: 'position',
  },
  { id: 'email', label: 'registry.column.email', width: 'minmax(0, 1.4fr)' },
  { id: 'phone', label: 'registry.column.phone', width: 'minmax(0, 1fr)' },
  { id: 'tags', label: 'registry.column.tags', width: 'minmax(0, 1fr)' },
  { id: 'documents', label: 'registry.column.documents', width: 'minmax(0, 0.8fr)' },
  { id: 'passport', label: 'registry.column.passport', width: 'minmax(0, 1fr)' },
]

export const defaultColumns: readonly ColumnId[] = [
  'name',
  'delegation',
  'role',
  'status',
  'mode',
  'organisation',
  'email',
  'documents',
]

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (columnIds as readonly string[]).includes(value)
}
