import { describe, expect, it } from 'vitest'
import { scrollSteps, WHEEL_NOTCH_PX } from './scroll-steps'

const plan = { rowHeight: 40, rowCount: 10_000, viewport: 340, steps: 200 }

describe('scrollSteps', () => {
  const steps = scrollSteps(plan)

  it('is the same on every run and gives the number of steps asked for', () => {
    expect(scrollSteps(plan)).toEqual(steps)
    expect(steps).toHaveLength(200)
    expect(scrollSteps({ ...plan, rowCount: 100_000 })).not.toEqual(steps)
  })

  it('alternates one jump with nine wheel notches', () => {
    for (let i = 0; i < steps.length; i++) {
      if (i % 10 !== 0) expect(steps[i]! - steps[i - 1]!).toBe(WHEEL_NOTCH_PX)
    }
    const jumps = steps.filter((_, i) => i % 10 === 0)
    expect(new Set(jumps).size).toBe(jumps.length)
  })

  it('moves at least a row each step and stays away from both ends of the scroll range', () => {
    const max = plan.rowCount * plan.rowHeight - plan.viewport
    let previous = 0
    for (const top of steps) {
      expect(Math.abs(top - previous)).toBeGreaterThanOrEqual(plan.rowHeight)
      expect(top).toBeGreaterThanOrEqual(20 * plan.rowHeight)
      expect(top).toBeLessThanOrEqual(max - 20 * plan.rowHeight)
      expect(Number.isInteger(top)).toBe(true)
      previous = top
    }
  })

  it('refuses a list too short to scroll', () => {
    expect(() => scrollSteps({ ...plan, rowCount: 30 })).toThrow('too few')
  })
})
