import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeSheetName } from './sheet-name'

describe('safeSheetName', () => {
  it('keeps a good name', () => {
    expect(safeSheetName('PDDW 2026', new Set())).toEqual({ name: 'PDDW 2026', changed: false })
  })

  it('replaces characters Excel refuses and cuts to 31 characters', () => {
    const r = safeSheetName('Workshop: Pacific / Digital [2026] Diplomacy?*', new Set())
    expect(r.changed).toBe(true)
    expect(r.name).toBe('Workshop Pacific Digital 2026 D')
    expect(r.name.length).toBeLessThanOrEqual(31)
  })

  it('refuses History, edge apostrophes and empty names, and repeats', () => {
    const taken = new Set<string>()
    expect(safeSheetName('History', taken).name).toBe('History 1')
    expect(safeSheetName("'Quoted'", taken).name).toBe('Quoted')
    expect(safeSheetName('***', taken, 'Participants').name).toBe('Participants')
    expect(safeSheetName('participants', taken).name).toBe('participants (2)')
  })

  it('never splits a surrogate pair', () => {
    const name = safeSheetName('a'.repeat(30) + '😀', new Set()).name
    expect(name).toBe('a'.repeat(30))
  })

  it('always gives an acceptable, unique name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }), (names) => {
        const taken = new Set<string>()
        const out = names.map((n) => safeSheetName(n, taken).name)
        for (const n of out) {
          expect(n.length).toBeGreaterThan(0)
          expect(n.length).toBeLessThanOrEqual(31)
          expect(n).not.toMatch(/[:\\/?*[\]]/)
          expect(n).not.toMatch(/^'|'$/)
          expect(n.toLowerCase()).not.toBe('history')
        }
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length)
      }),
    )
  })
})
