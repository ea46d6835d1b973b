import { EventEmitter } from 'node:events'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadWindowState, saveWindowState, trackWindowState } from './window-state-store'

let dir: string
let file: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sekretariat-window-'))
  file = join(dir, 'window-state.json')
})

afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('window state file', () => {
  it('saves and loads', async () => {
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true }
    await saveWindowState(file, state)
    expect(await loadWindowState(file)).toEqual(state)
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it('loads nothing from a missing or corrupt file', async () => {
    expect(await loadWindowState(file)).toBeNull()
    await writeFile(file, '{"version":1,')
    expect(await loadWindowState(file)).toBeNull()
  })
})

describe('trackWindowState', () => {
  function fakeWindow() {
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 10, y: 20, width: 1100, height: 720 }),
      isMaximized: () => false,
      isDestroyed: () => false,
    })
    return win
  }

  it('saves once the window stops moving, and on close', async () => {
    vi.useFakeTimers()
    const win = fakeWindow()
    trackWindowState(win as unknown as BrowserWindow, file, 500)
    win.emit('move')
    win.emit('resize')
    await vi.advanceTimersByTimeAsync(499)
    expect(await readdir(dir)).toEqual([])
    win.emit('close')
    vi.useRealTimers()
    await vi.waitFor(async () => {
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        version: 1,
        bounds: { x: 10, y: 20, width: 1100, height: 720 },
        maximized: false,
      })
    })
  })
})
