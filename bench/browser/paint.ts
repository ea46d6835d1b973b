// Timing a virtualised list's response to scrolling, the same way for any implementation: set
// scrollTop, wait until the list's DOM holds exactly the window of rows it should render there,
// then until the next frame has been produced with it.

/** The rows [first, last] a list with this overscan renders at `scrollTop` (the app's formula). */
export function windowAt(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewport) / rowHeight) + overscan)
  return { first, last: end - 1 }
}

/** True when `rowgroup` holds rows first..last (by aria-rowindex, header = 1) and no others. */
export function holdsWindow(rowgroup: Element, first: number, last: number): boolean {
  return (
    rowgroup.childElementCount === last - first + 1 &&
    rowgroup.querySelector(`:scope > [aria-rowindex="${first + 2}"]`) !== null &&
    rowgroup.querySelector(`:scope > [aria-rowindex="${last + 2}"]`) !== null
  )
}

/** Resolves once `done()` holds, checked now and after every DOM mutation under `root`. */
export function whenDom(root: Node, done: () => boolean, timeoutMs = 5_000): Promise<void> {
  if (done()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!done()) return
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    })
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error(`the list did not render the expected rows within ${timeoutMs} ms`))
    }, timeoutMs)
    observer.observe(root, { childList: true, subtree: true, attributes: true })
  })
}

/**
 * Resolves after the next frame has been rendered: a task posted from a requestAnimationFrame
 * callback runs once that frame's style, layout and paint are done.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve()
      channel.port2.postMessage(null)
    }),
  )
}
