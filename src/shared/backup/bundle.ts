import { isSealed, WITHHELD } from './sealed'
import type { TableDump } from './format'
import { encodeValue } from './value-codec'

// Event bundles: one event's records handed to a colleague's laptop. Import never overwrites
// silently: records the laptop lacks are added, identical ones skipped, and records changed on
// both sides are shown side by side for the user to choose.

/** Tables that are history or bookkeeping of this laptop, never part of a bundle. */
export const NOT_IN_BUNDLES = new Set(['changeLog', 'importBatches', 'importJournal', 'settings'])

/** Where secrets live even when not (yet) sealed: withheld from a bundle unless asked for. */
export const SECRET_PATHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  participants: [['documents', 'passportNumber']],
  rooms: [['passcode'], ['hostKey']],
}

type Row = Record<string, unknown>

/** The value of `keyPath` in `row` (an array for compound keys); undefined when missing. */
export function keyOf(row: unknown, keyPath: string | string[]): unknown {
  if (!row || typeof row !== 'object') return undefined
  const get = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Row)[k] : undefined), row)
  return Array.isArray(keyPath) ? keyPath.map(get) : get(keyPath)
}

/** A stable text for any stored value: same data, same text, whatever the key order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Row)[k])]),
      )
    return v
  }
  return JSON.stringify(sort(encodeValue(value)))
}

/** Replaces every withheld secret by the local value at the same place ('' when none). */
export function fillWithheld(incoming: unknown, local: unknown): unknown {
  if (incoming === WITHHELD) return typeof local === 'string' ? local : ''
  if (Array.isArray(incoming))
    return incoming.map((v, i) => fillWithheld(v, Array.isArray(local) ? local[i] : undefined))
  if (
    incoming &&
    typeof incoming === 'object' &&
    Object.getPrototypeOf(incoming) === Object.prototype
  ) {
    const l = local && typeof local === 'object' ? (local as Row) : {}
    return Object.fromEntries(
      Object.entries(incoming).map(([k, v]) => [
        k,
        fillWithheld(v, Object.hasOwn(l, k) ? l[k] : undefined),
      ]),
    )
  }
  return incoming
}

/** A copy of `row` with the declared secret fields of `table` and every sealed value withheld. */
export function withholdSecrets(table: string, row: unknown): unknown {
  const walk = (v: unknown): unknown => {
    if (isSealed(v)) return WITHHELD
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  let out = walk(row) as Row
  for (const path of SECRET_PATHS[table] ?? []) out = setIfText(out, path)
  return out
}

function setIfText(row: Row, path: readonly string[]): Row {
  const [head, ...rest] = path
  if (head === undefined || !row || typeof row !== 'object' || !Object.hasOwn(row, head)) return row
  const value = row[head]
  if (rest.length === 0)
    return typeof value === 'string' && value !== '' ? { ...row, [head]: WITHHELD } : row
  return value && typeof value === 'object'
    ? { ...row, [head]: setIfText(value as Row, rest) }
    : row
}

/** Top-level fields whose values differ. */
export function differingFields(a: unknown, b: unknown): string[] {
  const ra = (a ?? {}) as Row
  const rb = (b ?? {}) as Row
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()
  return keys.filter((k) => canonical(ra[k]) !== canonical(rb[k]))
}

export interface PlannedRecord {
  table: string
  /** canonical() of the primary key: the record's identity across laptops. */
  id: string
  key: unknown
  incoming: unknown
}
export interface Conflict extends PlannedRecord {
  local: unknown
  fields: string[]
}
export interface BundlePlan {
  add: PlannedRecord[]
  same: PlannedRecord[]
  conflicts: Conflict[]
}

/**
 * Sorts a bundle's records against what this laptop holds. `local(table, id)` gives the local
 * record with its secrets open (or undefined); incoming secrets marked withheld count as equal.
 */
export function planBundleImport(
  tables: readonly TableDump[],
  local: (table: string, id: string) => unknown,
): BundlePlan {
  const plan: BundlePlan = { add: [], same: [], conflicts: [] }
  for (const dump of tables) {
    if (dump.keyPath === null || NOT_IN_BUNDLES.has(dump.name)) continue
    for (const row of dump.rows) {
      const key = keyOf(row, dump.keyPath)
      if (key === undefined) continue
      const id = canonical(key)
      const mine = local(dump.name, id)
      const incoming = fillWithheld(row, mine)
      if (mine === undefined) plan.add.push({ table: dump.name, id, key, incoming })
      else if (canonical(mine) === canonical(incoming))
        plan.same.push({ table: dump.name, id, key, incoming })
      else
        plan.conflicts.push({
          table: dump.name,
          id,
          key,
          incoming,
          local: mine,
          fields: differingFields(mine, incoming),
        })
    }
  }
  return plan
}
