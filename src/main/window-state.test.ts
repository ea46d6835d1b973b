import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_STATE,
  parseWindowState,
  restoreWindowState,
  serializeWindowState,
} from './window-state'
import type { DisplayArea, WindowState } from './window-state'

const laptop: DisplayArea = { x: 0, y: 0, width: 1440, height: 870 }
const monitorRight: DisplayArea = { x: 1440, y: 0, width: 2560, height: 1400 }
const monitorLeftNegative: DisplayArea = { x: -1920, y: 0, width: 1920, height: 1040 }

const at = (x: number, y: number, width = 1200, height = 800): WindowState => ({
  bounds: { x, y, width, height },
  maximized: false,
})

describe('restoreWindowState', () => {
  it('opens with the default size, centred, when nothing was saved', () => {
    expect(restoreWindowState(null, [laptop])).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('keeps a position that is on a current display', () => {
    expect(restoreWindowState(at(100, 50), [laptop])).toEqual(at(100, 50))
    expect(restoreWindowState(at(1600, 100), [laptop, monitorRight])).toEqual(at(1600, 100))
    expect(restoreWindowState(at(-1800, 20), [monitorLeftNegative, laptop])).toEqual(at(-1800, 20))
  })

  it('drops the position when its monitor is gone (undocked laptop)', () => {
    const restored = restoreWindowState(at(1600, 100, 2000, 1200), [laptop])
    expect(restored.bounds).toEqual({ width: 1440, height: 870 })
  })

  it('drops a position whose title bar is above or below every display', () => {
    expect(restoreWindowState(at(100, -500), [laptop]).bounds.x).toBeUndefined()
    expect(restoreWindowState(at(100, 860), [laptop]).bounds.x).toBeUndefined()
  })

  it('drops a position that only shows a sliver of the title bar', () => {
    expect(restoreWindowState(at(1400, 100), [laptop]).bounds.x).toBeUndefined()
    expect(restoreWindowState(at(1300, 100), [laptop]).bounds.x).toBe(240)
  })

  it('shrinks to the display and slides back inside it', () => {
    expect(restoreWindowState(at(600, 400, 3000, 2000), [laptop])).toEqual(at(0, 0, 1440, 870))
  })

  it('never goes under the minimum size', () => {
    expect(restoreWindowState(at(10, 10, 200, 100), [laptop]).bounds).toMatchObject({
      width: 960,
      height: 600,
    })
  })

  it('keeps the maximized flag', () => {
    expect(restoreWindowState({ ...at(5000, 5000), maximized: true }, [laptop]).maximized).toBe(
      true,
    )
  })

  it('uses the first display for size when no display is known', () => {
    expect(restoreWindowState(at(10, 10), []).bounds).toEqual({ width: 1200, height: 800 })
  })
})

describe('window-state.json', () => {
  it('round-trips', () => {
    const state = at(12, 34)
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
  })

  it.each([
    '',
    'not json',
    'null',
    '{"version":2,"bounds":{"width":800,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"width":-1,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"width":1e309,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"x":"10","width":800,"height":600},"maximized":false}',
    '{"version":1,"bounds":{"width":800,"height":600}}',
  ])('ignores a corrupt file: %s', (json) => {
    expect(parseWindowState(json)).toBeNull()
  })
})
