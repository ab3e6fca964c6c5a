import { describe, expect, it } from 'vitest'
import { externalUrlOrThrow, isAppUrl } from '../../../src/main/shell/app-url'

const where = { rendererFileUrl: 'file:///opt/Parallax/resources/app/out/renderer/index.html' }

describe('isAppUrl', () => {
  it('accepts the app page with a route', () => {
    expect(isAppUrl('file:///opt/Parallax/resources/app/out/renderer/index.html#/article/3', where)).toBe(true)
  })
  it('refuses other files, remote pages and junk', () => {
    expect(isAppUrl('file:///tmp/evil/renderer/index.html', where)).toBe(false)
    expect(isAppUrl('https://example.com/', where)).toBe(false)
    expect(isAppUrl('javascript:alert(1)', where)).toBe(false)
    expect(isAppUrl('not a url', where)).toBe(false)
  })
  it('accepts the dev server origin only when configured', () => {
    expect(isAppUrl('http://localhost:5173/#/tags', { ...where, devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/tags', where)).toBe(false)
  })
})

describe('externalUrlOrThrow', () => {
  it('passes http(s)', () => {
    expect(externalUrlOrThrow('https://www.mid.ru/ru/foreign_policy/news/')).toBe('https://www.mid.ru/ru/foreign_policy/news/')
  })
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.c', ''])('refuses %s', (url) => {
    expect(() => externalUrlOrThrow(url)).toThrow()
  })
})
