// Measured: sortRows(rows, delegation ascending) on the rows in load order, as the screen does
// when the sort changes (ties: folded name, then id).
// Baseline: the default Array.prototype.sort (native string comparison, no callback) of a copy
// of one precomputed string per row holding the same keys: delegation, name, id.
import { sortRows, type RegistryRow } from '../../src/shared/registry/registry-view'
import type { CaseImpl } from '../types'
import { benchRows } from './registry-rows'

interface State {
  rows: RegistryRow[]
  keys: string[]
}

// Below every character of the folded keys, so "fiji" sorts before "fiji islands" as with <.
const SEPARATOR = '\u0000'

export const impl: CaseImpl<State> = {
  setup: async (size) => {
    const { rows } = benchRows(size)
    const keys = rows.map((r) =>
      [r.sortKeys.delegation, r.sortKeys.name, r.participant.id].join(SEPARATOR),
    )
    return { rows, keys }
  },
  measured: async ({ rows }) => sortRows(rows, { key: 'delegation', direction: 'asc' }),
  baseline: async ({ keys }) => [...keys].sort(),
}
