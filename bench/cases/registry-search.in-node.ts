// Measured: what the participants screen does with each keystroke, on rows built and sorted by
// name once, with the search index the screen makes after it paints (prepareSearch):
// filterRows(sorted, query, no filters).
// Baseline: String.prototype.includes of each word of the lower-cased query over a plain array
// of the same pre-folded haystack strings, collecting the matches.
import {
  filterRows,
  prepareSearch,
  type RegistryRow,
} from '../../src/shared/registry/registry-view'
import { keystrokes } from '../data/queries'
import type { CaseImpl } from '../types'
import { benchRows } from './registry-rows'

interface State {
  sorted: RegistryRow[]
  haystacks: string[]
  keys: string[]
  /** Each side types the same keystrokes in the same order. */
  next: { measured: number; baseline: number }
}

function press(state: State, side: keyof State['next']): string {
  const i = state.next[side]++
  return state.keys[i % state.keys.length]!
}

export const impl: CaseImpl<State> = {
  setup: async (size) => {
    const sorted = benchRows(size).byName
    prepareSearch(sorted)
    return {
      sorted,
      haystacks: sorted.map((row) => row.haystack),
      keys: keystrokes(),
      next: { measured: 0, baseline: 0 },
    }
  },
  measured: async (state) => filterRows(state.sorted, press(state, 'measured'), {}),
  baseline: async (state) => {
    const words = press(state, 'baseline').toLowerCase().split(' ').filter(Boolean)
    const found: string[] = []
    for (const haystack of state.haystacks) {
      if (words.every((word) => haystack.includes(word))) found.push(haystack)
    }
    return found
  },
}
