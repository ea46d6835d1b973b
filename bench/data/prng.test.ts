import { describe, expect, it } from 'vitest'
import { createRng } from './prng'

describe('createRng', () => {
  it('repeats a stream for the same seed and stream, and differs otherwise', () => {
    const draw = (seed: number, stream: number) => {
      const rng = createRng(seed, stream)
      return Array.from({ length: 5 }, () => rng.next())
    }
    expect(draw(1, 2)).toEqual(draw(1, 2))
    expect(draw(1, 2)).not.toEqual(draw(1, 3))
    expect(draw(1, 2)).not.toEqual(draw(2, 2))
  })

  it('draws in range and roughly uniformly', () => {
    const rng = createRng(42)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 40_000; i++) counts[rng.int(4)]!++
    for (const count of counts) expect(count).toBeGreaterThan(9_500)
    expect(rng.digits(6)).toMatch(/^\d{6}$/)
  })
})
