import { describe, expect, it } from 'vitest'
import { parseArgs, selectCases } from './args'

describe('parseArgs', () => {
  it('runs everything by default', () => {
    expect(parseArgs([])).toEqual({ help: false })
  })

  it('reads --only as two words or with =', () => {
    expect(parseArgs(['--only', 'db-open']).only).toBe('db-open')
    expect(parseArgs(['--only=registry-']).only).toBe('registry-')
  })

  it('refuses --only without a prefix, twice, or followed by another flag', () => {
    expect(() => parseArgs(['--only'])).toThrow('prefix')
    expect(() => parseArgs(['--only='])).toThrow('prefix')
    expect(() => parseArgs(['--only', '--help'])).toThrow('prefix')
    expect(() => parseArgs(['--only', 'a', '--only', 'b'])).toThrow('once')
  })

  it('refuses unknown arguments instead of ignoring a typo', () => {
    expect(() => parseArgs(['--onyl', 'db'])).toThrow('unknown argument: --onyl')
  })

  it('recognises help', () => {
    expect(parseArgs(['--help']).help).toBe(true)
    expect(parseArgs(['-h']).help).toBe(true)
  })
})

describe('selectCases', () => {
  const cases = [{ name: 'db-open-read' }, { name: 'registry-open' }, { name: 'registry-search' }]

  it('keeps registry order and matches by prefix', () => {
    expect(selectCases(cases, 'registry-').map((c) => c.name)).toEqual([
      'registry-open',
      'registry-search',
    ])
    expect(selectCases(cases, 'db-open').map((c) => c.name)).toEqual(['db-open-read'])
  })

  it('returns all cases without a prefix and none for an unmatched one', () => {
    expect(selectCases(cases)).toHaveLength(3)
    expect(selectCases(cases, 'export')).toEqual([])
  })
})
