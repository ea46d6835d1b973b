import { describe, expect, it } from 'vitest'
import { keystrokes, SEARCH_QUERIES } from './queries'

describe('keystrokes', () => {
  it('types each query one character at a time and clears the field after it', () => {
    expect(keystrokes(['ab', 'c d'])).toEqual(['a', 'ab', '', 'c', 'c ', 'c d', ''])
  })

  it('gives one value per key press of the benchmark queries', () => {
    const presses = SEARCH_QUERIES.reduce((n, q) => n + q.length + 1, 0)
    expect(keystrokes()).toHaveLength(presses)
    expect(keystrokes()).toContain('jose ramos')
  })
})
