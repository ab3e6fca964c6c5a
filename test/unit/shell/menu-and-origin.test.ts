import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../../src/main/shell/app-url'
import { menuTemplate } from '../../../src/main/shell/menu-template'

const actions = { import: () => undefined, backUp: () => undefined, restore: () => undefined, check: () => undefined, showLogs: () => undefined }
const roles = (development: boolean) =>
  JSON.stringify(menuTemplate(() => null, actions, { development, mac: false }), (_k, v: unknown) => (typeof v === 'function' ? undefined : v))

describe('menu', () => {
  it('has the developer tools and reload in development builds only', () => {
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toMatch(/"reload"|forceReload/)
    expect(roles(false)).toContain('Restore from Backup…')
  })

  it('has Help ▸ Show Logs on every platform, wired to its action', () => {
    let shown = 0
    for (const mac of [false, true]) {
      const template = menuTemplate(() => null, { ...actions, showLogs: () => void shown++ }, { development: false, mac })
      const help = template.find((menu) => menu.role === 'help')
      const item = (help?.submenu as Electron.MenuItemConstructorOptions[] | undefined)?.find((entry) => entry.label === 'Show Logs')
      expect(item, mac ? 'macOS' : 'Windows').toBeDefined()
      ;(item!.click as () => void)()
    }
    expect(shown).toBe(2)
  })
})

describe('isAppUrl compares the whole origin', () => {
  const where = { rendererFileUrl: 'file:///opt/Parallax/resources/app.asar/out/renderer/index.html' }
  it('a file: URL on another host is not the app', () => {
    expect(isAppUrl('file:///opt/Parallax/resources/app.asar/out/renderer/index.html', where)).toBe(true)
    expect(isAppUrl('file://attacker.example/opt/Parallax/resources/app.asar/out/renderer/index.html', where)).toBe(false)
  })
  it('the dev server only on its own scheme, host and port', () => {
    const dev = { ...where, devServerUrl: 'http://localhost:5173' }
    expect(isAppUrl('http://localhost:5173/#/x', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/#/x', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/#/x', dev)).toBe(false)
    expect(isAppUrl('http://user:pw@localhost:5173/', dev)).toBe(false)
  })
})
