// Measured: the app's RegistryTable (React, real providers and stylesheet, default columns) with
// every row sorted by name; one step sets its body's scrollTop and waits until React has
// rendered the window of rows for that position and the next frame has been produced.
// Baseline: the same steps on the same markup rendered with plain DOM calls from the scroll
// handler, also only the rows in view plus the same overscan (bench/browser/plain-table.ts).
// Both tables sit side by side in the page, each at the height the app's CSS gives it.
import { columns, defaultColumns } from '../../src/renderer/src/features/registry/columns'
import { ROW_HEIGHT } from '../../src/renderer/src/features/registry/RegistryTable'
import type { RegistryRow } from '../../src/shared/registry/registry-view'
import { afterNextPaint, holdsWindow, whenDom, windowAt } from '../browser/paint'
import { mountPlainTable } from '../browser/plain-table'
import { mountRegistryTable } from '../browser/registry-table'
import { scrollSteps } from '../data/scroll-steps'
import type { CaseImpl } from '../types'
import { benchRows, BY_NAME } from './registry-rows'
import { NOTCHES_PER_JUMP, SCROLL_STEPS } from './registry-scroll'

interface List {
  body: HTMLElement
  rowgroup: Element
  next: number
}

interface State {
  page: HTMLElement
  unmount: () => void
  rows: readonly RegistryRow[]
  viewport: number
  overscan: number
  steps: number[]
  react: List
  plain: List
}

function pane(page: HTMLElement): HTMLElement {
  const node = document.createElement('div')
  node.style.minWidth = '0'
  page.append(node)
  return node
}

async function step(state: State, list: List): Promise<number> {
  const top = state.steps[list.next++ % state.steps.length]!
  const { first, last } = windowAt(
    top,
    state.viewport,
    ROW_HEIGHT,
    state.rows.length,
    state.overscan,
  )
  list.body.scrollTop = top
  await whenDom(list.rowgroup, () => holdsWindow(list.rowgroup, first, last))
  await afterNextPaint()
  return last - first + 1
}

export const impl: CaseImpl<State> = {
  async setup(size) {
    const rows = benchRows(size).byName
    const page = document.createElement('div')
    Object.assign(page.style, {
      position: 'fixed',
      inset: '0',
      display: 'grid',
      gridTemplateColumns: '1fr 1fr',
      gap: '8px',
      background: 'white',
    })
    document.body.append(page)
    const unmount = mountRegistryTable(pane(page), rows, BY_NAME)
    const body = page.querySelector<HTMLElement>('.vtable-body')
    const rowgroup = body?.firstElementChild
    if (!body || !rowgroup) throw new Error('RegistryTable rendered no scrolling body')
    // Let the table's ResizeObserver report the real viewport height and React re-render.
    await afterNextPaint()
    await afterNextPaint()
    const viewport = body.clientHeight
    // The table's overscan, read from what it rendered at the top rather than assumed.
    const overscan = rowgroup.childElementCount - Math.ceil(viewport / ROW_HEIGHT)
    if (overscan < 0 || !holdsWindow(rowgroup, 0, rowgroup.childElementCount - 1))
      throw new Error('RegistryTable did not render its first rows')
    const template = `2.5rem ${columns
      .filter((c) => defaultColumns.includes(c.id))
      .map((c) => c.width)
      .join(' ')} 3rem`
    const plain = mountPlainTable(pane(page), rows, { rowHeight: ROW_HEIGHT, overscan, template })
    if (plain.body.clientHeight !== viewport) throw new Error('the two tables differ in height')
    await afterNextPaint()
    return {
      page,
      unmount,
      rows,
      viewport,
      overscan,
      steps: scrollSteps({
        rowHeight: ROW_HEIGHT,
        rowCount: size,
        viewport,
        steps: SCROLL_STEPS,
        notchesPerJump: NOTCHES_PER_JUMP,
      }),
      react: { body, rowgroup, next: 0 },
      plain: { body: plain.body, rowgroup: plain.rowgroup, next: 0 },
    }
  },
  measured: (state) => step(state, state.react),
  baseline: (state) => step(state, state.plain),
  async teardown(state) {
    state.unmount()
    state.page.remove()
  },
}
