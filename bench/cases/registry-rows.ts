// The registry table's rows for `size` generated participants, built in memory by the app's own
// buildRows (no database): what the participants screen holds once an event is loaded. Shared by
// the registry cases of both runtimes.
import { countryName } from '../../src/shared/countries/country-names'
import type { Delegation } from '../../src/shared/registry/model'
import {
  buildRows,
  sortRows,
  type RegistryRow,
  type RegistrySort,
} from '../../src/shared/registry/registry-view'
import { generateDelegations, generateRegistry } from '../data/registry'

/** What useCountryName gives the screen in English with no official-name overrides. */
export const benchCountryName = (code: string): string => countryName(code, 'en')

/** The screen's default order, applied before first paint. */
export const BY_NAME: RegistrySort = { key: 'name', direction: 'asc' }

export interface BenchRows {
  delegations: Delegation[]
  /** In load order, as buildRows returns them. */
  rows: RegistryRow[]
  /** Sorted by name, as the table first shows them. */
  byName: RegistryRow[]
}

export function benchRows(size: number): BenchRows {
  const delegations = generateDelegations()
  const { contacts, participants } = generateRegistry(0, size, delegations)
  const rows = buildRows(
    participants,
    new Map(contacts.map((c) => [c.id, c])),
    delegations,
    benchCountryName,
  )
  if (rows.length !== size) throw new Error(`built ${rows.length} rows, expected ${size}`)
  return { delegations, rows, byName: sortRows(rows, BY_NAME) }
}
