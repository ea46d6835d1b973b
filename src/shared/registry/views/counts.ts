import type { Delegation, Participant, ParticipationMode } from '../model'

// Counts for the dashboard and the delegation cards. One pass over the participants each, so the
// numbers stay instant at tens of thousands of participants.

export interface CountRow<K extends string> {
  key: K
  count: number
}

/**
 * How many items fall under each key. With `keys`, every listed key is present (zeros included)
 * in that order, followed by any other key met; without, keys appear in the order first met.
 */
export function countBy<T, K extends string>(
  items: readonly T[],
  keyOf: (item: T) => K,
  keys: readonly K[] = [],
): CountRow<K>[] {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]))
  for (const item of items) {
    const key = keyOf(item)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => ({ key, count }))
}

/** Rows with a count, largest first; ties keep their order (stable sort). */
export function largestFirst<R extends { count: number }>(rows: readonly R[]): R[] {
  return rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count)
}

export interface RegistryTotals {
  participants: number
  /** Delegations with at least one participant. */
  delegations: number
  /** Distinct countries and territories among those delegations. */
  countries: number
  byMode: Record<ParticipationMode, number>
}

export function registryTotals(
  participants: readonly Pick<Participant, 'delegationId' | 'mode'>[],
  delegations: readonly Pick<Delegation, 'id' | 'kind' | 'countryCode'>[],
): RegistryTotals {
  const byMode: Record<ParticipationMode, number> = { in_person: 0, online: 0 }
  const used = new Set<string>()
  for (const p of participants) {
    byMode[p.mode] += 1
    if (p.delegationId) used.add(p.delegationId)
  }
  const present = delegations.filter((d) => used.has(d.id))
  const countries = new Set(
    present.filter((d) => d.kind === 'country' && d.countryCode).map((d) => d.countryCode),
  )
  return {
    participants: participants.length,
    delegations: present.length,
    countries: countries.size,
    byMode,
  }
}
