import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../../src/main/shell/app-url'
import { menuTemplate } from '../../../src/main/shell/menu-template'

const actions = { import: () => undefined, backUp: () => undefined, restore: () => undefined, check: () => undefined }
const roles = (development: boolean) =>
  JSON.stringify(menuTemplate(() => null, actions, { development, mac: false }), (_k, v: unknown) => (typeof v === 'function' ? undefined : v))

describe('menu', () => {
  it('has the developer tools and reload in development builds only', () => {
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toMatch(/"reload"|forceReload/)
    expect(roles(false)).toContain('Restore from Backup…')
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
