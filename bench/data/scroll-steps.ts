// Where a scroll test moves a virtualised list, deterministic: blocks of one random jump (a
// scroll-bar drag or a search result followed) and then wheel notches of 100 px, downward.
import { createRng } from './prng'

export interface ScrollPlan {
  /** Pixel height of one row. */
  rowHeight: number
  rowCount: number
  /** Height of the scrolling viewport in pixels. */
  viewport: number
  /** Number of scroll positions wanted. */
  steps: number
  /** Wheel notches after each jump. */
  notchesPerJump?: number
  seed?: number
}

export const WHEEL_NOTCH_PX = 100

/**
 * scrollTop values, one per step. Every step moves by at least one row, so a virtualised list
 * must render a different window each time, and stays inside the scroll range.
 */
export function scrollSteps(plan: ScrollPlan): number[] {
  const notches = plan.notchesPerJump ?? 9
  const rng = createRng(plan.seed ?? 7, plan.rowCount)
  const max = plan.rowCount * plan.rowHeight - plan.viewport
  // Jumps land away from both ends, so the wheel notches after them never hit the end.
  const margin = 20 * plan.rowHeight
  const span = max - 2 * margin - notches * WHEEL_NOTCH_PX
  if (span < 2 * plan.rowHeight) throw new Error(`${plan.rowCount} rows are too few to scroll`)
  const out: number[] = []
  let at = 0
  while (out.length < plan.steps) {
    let jump = margin + rng.int(span)
    // A jump lands at least a row away from where the list is.
    if (Math.abs(jump - at) < plan.rowHeight) jump = margin + ((jump - margin + span / 2) % span)
    at = Math.round(jump)
    out.push(at)
    for (let i = 0; i < notches && out.length < plan.steps; i++) {
      at += WHEEL_NOTCH_PX
      out.push(at)
    }
  }
  return out
}
