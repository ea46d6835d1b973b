import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from './app-menu'

const roles = (items: MenuItemConstructorOptions[] | undefined): string[] =>
  (items ?? []).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...roles(Array.isArray(item.submenu) ? item.submenu : undefined),
  ])

const submenuOf = (template: MenuItemConstructorOptions[], role: string) =>
  roles(template.find((item) => item.role === role)?.submenu as MenuItemConstructorOptions[])

describe('application menu', () => {
  it('has File, Edit, View, Window and Help with the usual roles', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: false })
    expect(template.map((item) => item.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ])
    expect(submenuOf(template, 'fileMenu')).toEqual(['quit'])
    expect(submenuOf(template, 'editMenu')).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ])
    expect(submenuOf(template, 'viewMenu')).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
    expect(submenuOf(template, 'help')).toEqual(['about'])
  })

  it('offers reload and devtools only in development', () => {
    const production = roles(buildMenuTemplate({ isDev: false, isMac: false }))
    expect(production).not.toContain('reload')
    expect(production).not.toContain('forceReload')
    expect(production).not.toContain('toggleDevTools')
    const dev = submenuOf(buildMenuTemplate({ isDev: true, isMac: false }), 'viewMenu')
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('follows macOS conventions: app menu with Quit, File closes the window', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: true })
    expect(template[0]?.role).toBe('appMenu')
    expect(submenuOf(template, 'appMenu')).toContain('quit')
    expect(submenuOf(template, 'fileMenu')).toEqual(['close'])
  })

  it('uses roles only, so no label of ours needs translating', () => {
    const labelled = (items: MenuItemConstructorOptions[]): boolean =>
      items.some(
        (item) =>
          item.label !== undefined || (Array.isArray(item.submenu) && labelled(item.submenu)),
      )
    expect(labelled(buildMenuTemplate({ isDev: true, isMac: true }))).toBe(false)
  })
})
