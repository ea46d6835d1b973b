import { z } from 'zod'

// Window size, position and maximized state, remembered between launches. Pure: the clamp is
// where the bugs live (a laptop undocked from its second monitor must not open off-screen).

export type WindowBounds = { x?: number; y?: number; width: number; height: number }
export type WindowState = { bounds: WindowBounds; maximized: boolean }
/** A display's work area (screen minus task bar / menu bar), as Electron reports it. */
export type DisplayArea = { x: number; y: number; width: number; height: number }

export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const
export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1280, height: 800 },
  maximized: false,
}

// How much of the title bar must lie on a display for the user to grab and move the window.
const MIN_VISIBLE_WIDTH = 100
const TITLE_BAR_HEIGHT = 32

const coordinate = z.number().int().min(-100_000).max(100_000)
const size = z.number().int().min(1).max(100_000)

const storedState = z.object({
  version: z.literal(1),
  bounds: z.object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: size,
    height: size,
  }),
  maximized: z.boolean(),
})

/** The JSON written to disk. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify({ version: 1, ...state }, null, 2)}\n`
}

/** The saved state, or null when the file is missing, corrupt or from an unknown version. */
export function parseWindowState(json: string): WindowState | null {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return null
  }
  const parsed = storedState.safeParse(data)
  if (!parsed.success) return null
  const { bounds, maximized } = parsed.data
  return { bounds: { ...bounds }, maximized }
}

function titleBarVisibleOn(bounds: Required<WindowBounds>, area: DisplayArea): boolean {
  const left = Math.max(bounds.x, area.x)
  const right = Math.min(bounds.x + bounds.width, area.x + area.width)
  const top = Math.max(bounds.y, area.y)
  const bottom = Math.min(bounds.y + TITLE_BAR_HEIGHT, area.y + area.height)
  return right - left >= MIN_VISIBLE_WIDTH && bottom - top >= TITLE_BAR_HEIGHT / 2
}

const clampSize = (bounds: WindowBounds, area: DisplayArea | undefined) => ({
  width: Math.max(MIN_WINDOW_SIZE.width, Math.min(bounds.width, area?.width ?? bounds.width)),
  height: Math.max(MIN_WINDOW_SIZE.height, Math.min(bounds.height, area?.height ?? bounds.height)),
})

/**
 * The state to open the window with. A saved position is kept only if the title bar is on one of
 * the current displays; otherwise the position is dropped (the OS centres the window). The size
 * never exceeds the display the window lands on, nor goes under the minimum, and a kept window
 * is moved just enough to fit on its display.
 */
export function restoreWindowState(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
): WindowState {
  const state = saved ?? DEFAULT_WINDOW_STATE
  const { x, y } = state.bounds
  if (x !== undefined && y !== undefined) {
    const home = displays.find((area) => titleBarVisibleOn({ ...state.bounds, x, y }, area))
    if (home !== undefined) {
      const fitted = clampSize(state.bounds, home)
      // Slide the window back inside the display it lands on, keeping the title bar reachable.
      const fx = Math.max(home.x, Math.min(x, home.x + home.width - fitted.width))
      const fy = Math.max(home.y, Math.min(y, home.y + home.height - fitted.height))
      return { bounds: { x: fx, y: fy, ...fitted }, maximized: state.maximized }
    }
  }
  return { bounds: clampSize(state.bounds, displays[0]), maximized: state.maximized }
}
