import {
  classifyPrepared,
  prepareCandidate,
  type DuplicateCandidate,
  type DuplicateClass,
  type PreparedCandidate,
} from './duplicates'

export interface DuplicatePair {
  a: string
  b: string
  kind: DuplicateClass
}

export interface DuplicateGroup {
  /** Contact ids in input order. */
  ids: string[]
  /** 'certain' when any link in the group is certain, else 'probable'. */
  kind: Exclude<DuplicateClass, 'possible'>
}

// Only strong links merge contacts into groups: 'possible' links chain too easily (Ana Taufa ~
// Ana Taufaa ~ Ana Tafua …) and would grow groups no one can review. They are reported as pairs.
const STRONG_RANK: Readonly<Record<DuplicateClass, number>> = {
  certain: 2,
  probable: 1,
  possible: 0,
}

/** Fuzzy buckets with up to this many distinct names are compared pair by pair. */
const FULL_COMPARE_LIMIT = 64
/** Larger fuzzy buckets: each name is compared with this many neighbours in sorted order. */
const NEIGHBOUR_WINDOW = 8

// Blocking keys for close spellings: a one-token typo leaves every other token intact, so each
// name is filed under "all tokens but one, plus the first letter of the one left out", and again
// with its last letter, so that a typo at either end of a word still meets its original. A word
// mistyped at both ends, or names differing in two words, are not found (they are rarely 'close').
function fuzzyBlockKeys(loose: string): string[] {
  if (loose === '') return []
  const tokens = loose.split(' ')
  if (tokens.length === 1) return [`1|${loose.slice(0, 2)}`, `1|${loose.slice(-2)}$`]
  const keys = new Set<string>()
  tokens.forEach((t, i) => {
    const rest = tokens.filter((_, j) => j !== i).join(' ')
    keys.add(`${rest}|${t[0]}`)
    keys.add(`${rest}|${t[t.length - 1]}$`)
  })
  return [...keys]
}

class UnionFind {
  private readonly parent: Int32Array
  /** Strongest class rank seen in each root's group; 0 for a contact with no link. */
  readonly rank: Int8Array
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i)
    this.rank = new Int8Array(size)
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!
      i = this.parent[i]!
    }
    return i
  }
  join(a: number, b: number, rank: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    this.parent[rb] = ra
    this.rank[ra] = Math.max(rank, this.rank[ra]!, this.rank[rb]!)
  }
}

function bucketsOf(
  prepared: readonly PreparedCandidate[],
  keysOf: (p: PreparedCandidate) => readonly string[],
): Map<string, number[]> {
  const buckets = new Map<string, number[]>()
  prepared.forEach((p, i) => {
    for (const key of keysOf(p)) {
      const bucket = buckets.get(key)
      if (bucket) bucket.push(i)
      else buckets.set(key, [i])
    }
  })
  return buckets
}

/**
 * Finds likely duplicates among many contacts without comparing every pair (100,000 contacts in a
 * few seconds). Contacts sharing an email, a name key or a loose name key are chained rather than
 * compared all against all, so a name shared by 500 people costs 500 comparisons, not 125,000;
 * close spellings are searched only among contacts sharing a fuzzy blocking key, one
 * representative per distinct (name, nationality).
 *
 * `groups` are the contacts joined by certain or probable links (merge candidates); `pairs` are
 * the links found, of every class, 'possible' ones included for review. Links are enough to
 * connect every flagged pair, not every pair itself: ask classifyDuplicate for any other pair.
 */
export function findDuplicateGroups(contacts: readonly DuplicateCandidate[]): {
  pairs: DuplicatePair[]
  groups: DuplicateGroup[]
} {
  const prepared = contacts.map(prepareCandidate)
  const links = new UnionFind(prepared.length)
  const seen = new Set<number>()
  const pairs: DuplicatePair[] = []
  const consider = (i: number, j: number): void => {
    const lo = Math.min(i, j)
    const hi = Math.max(i, j)
    const pairId = lo * prepared.length + hi
    if (lo === hi || seen.has(pairId)) return
    seen.add(pairId)
    const kind = classifyPrepared(prepared[lo]!, prepared[hi]!)
    if (!kind) return
    pairs.push({ a: prepared[lo]!.id, b: prepared[hi]!.id, kind })
    if (STRONG_RANK[kind] > 0) links.join(lo, hi, STRONG_RANK[kind])
  }
  const nationality = (i: number): string => prepared[i]!.nationality ?? ''
  const byNationalityThenKey = (x: number, y: number): number => {
    const a = prepared[x]!
    const b = prepared[y]!
    const na = nationality(x)
    const nb = nationality(y)
    if (na !== nb) return na < nb ? -1 : 1
    if (a.key !== b.key) return a.key < b.key ? -1 : 1
    return x - y
  }

  // Exact relations: chain neighbours in (nationality, key) order, so equal names of one country
  // link as 'probable'; contacts of unknown nationality (sorted first) also link to the first
  // contact of every nationality, since a known and an unknown nationality never conflict.
  const exactKeys = (p: PreparedCandidate): string[] => [
    ...p.emails.map((e) => `e|${e}`),
    ...(p.key === '' ? [] : [`k|${p.key}`, `l|${p.loose}`]),
  ]
  for (const members of bucketsOf(prepared, exactKeys).values()) {
    if (members.length < 2) continue
    members.sort(byNationalityThenKey)
    for (let x = 1; x < members.length; x++) {
      consider(members[x - 1]!, members[x]!)
      if (nationality(members[x]!) !== nationality(members[x - 1]!))
        consider(members[0]!, members[x]!)
    }
  }

  // Close spellings: compare one representative per distinct (loose name, nationality).
  for (const members of bucketsOf(prepared, (p) => fuzzyBlockKeys(p.loose)).values()) {
    if (members.length < 2) continue
    const representatives = new Map<string, number>()
    for (const i of members) {
      const id = `${prepared[i]!.loose}|${nationality(i)}`
      if (!representatives.has(id)) representatives.set(id, i)
    }
    const reps = [...representatives.values()]
    if (reps.length <= FULL_COMPARE_LIMIT) {
      for (let x = 0; x < reps.length; x++)
        for (let y = x + 1; y < reps.length; y++) consider(reps[x]!, reps[y]!)
      continue
    }
    reps.sort((x, y) => (prepared[x]!.loose < prepared[y]!.loose ? -1 : 1))
    for (let x = 0; x < reps.length; x++)
      for (let y = x + 1; y <= x + NEIGHBOUR_WINDOW && y < reps.length; y++)
        consider(reps[x]!, reps[y]!)
  }

  const members = new Map<number, number[]>()
  for (let i = 0; i < prepared.length; i++) {
    const root = links.find(i)
    if (links.rank[root] === 0) continue
    const group = members.get(root)
    if (group) group.push(i)
    else members.set(root, [i])
  }
  const groups = [...members.entries()].map(([root, ids]) => ({
    ids: ids.map((i) => prepared[i]!.id),
    kind: links.rank[root] === 2 ? ('certain' as const) : ('probable' as const),
  }))
  return { pairs, groups }
}
