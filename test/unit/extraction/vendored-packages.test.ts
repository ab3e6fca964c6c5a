/**
 * The build writes linkedom, chrono's en/de/ru locales and sanitize-html as one file each beside the bundle
 * (lazy-package.ts VENDORED_PACKAGES, electron.vite.config.ts): an import worker loads them in a third
 * of the CPU. lazyPackage must load that file when it is there and the package otherwise, and the
 * bundled copy must behave exactly as the package (linkedom with its patch: see linkedom-patch.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lazyPackage, VENDORED_DEFAULT_EXPORTS, VENDORED_PACKAGES, vendorEntryName } from '../../../src/main/core/lazy-package'

const root = join(import.meta.dirname, '../../..')
const built = join(root, 'out/main')
const dir = mkdtempSync(join(tmpdir(), 'parallax-vendored-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('lazyPackage', () => {
  it('names each vendored file after its package', () => {
    expect(vendorEntryName('linkedom')).toBe('vendor-linkedom')
    expect(vendorEntryName('chrono-node/de')).toBe('vendor-chrono-node-de')
    expect(vendorEntryName('@scope/pkg/sub')).toBe('vendor-scope-pkg-sub')
  })

  it('loads the vendored file beside the bundle, and the package where there is none', () => {
    const folder = join(dir, 'built')
    mkdirSync(folder)
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }')
    writeFileSync(join(folder, 'vendor-linkedom.js'), 'export const vendored = true\n')
    // Not a vendored package: a file of that name is not looked at.
    writeFileSync(join(folder, 'vendor-entities.js'), 'export const vendored = true\n')
    expect(lazyPackage<{ vendored?: boolean }>('linkedom', folder)().vendored).toBe(true)
    expect(lazyPackage<{ vendored?: boolean; parseHTML?: unknown }>('linkedom', dir)().parseHTML).toBeTypeOf('function')
    expect(lazyPackage<{ vendored?: boolean }>('entities', folder)().vendored).toBeUndefined()
  })
})

// The build's own files (`npm test` builds before it runs the tests).
describe.skipIf(!existsSync(join(built, 'cli.js')))('the vendored files of the build', () => {
  const load = createRequire(import.meta.url)
  const vendored = <T>(name: string) => load(join(built, `${vendorEntryName(name)}.js`)) as T

  it('export what the packages export', () => {
    for (const name of VENDORED_PACKAGES) {
      const own = load(new URL(import.meta.resolve(name)).pathname) as object
      const file = vendored<{ default?: object }>(name)
      // A CommonJS package used for its default export: the file exports that, with the package's properties.
      const exported = VENDORED_DEFAULT_EXPORTS.includes(name) ? file.default! : file
      expect(typeof exported, name).toBe(typeof own)
      expect(Object.keys(exported).sort(), name).toEqual(Object.keys(own).sort())
    }
  })

  it('clean HTML as sanitize-html does', async () => {
    const { default: sanitizeHtml } = await import('sanitize-html')
    const bundled = vendored<{ default: typeof sanitizeHtml }>('sanitize-html').default
    const fixtures = join(root, 'test/fixtures/pages')
    const options = { allowedTags: ['p', 'a', 'h2', 'blockquote', 'img'], allowedAttributes: { a: ['href'], img: ['src', 'style'] }, allowedStyles: { '*': { color: [/^red$/u] } } }
    for (const page of readdirSync(fixtures).filter((f) => /\.html?$/u.test(f))) {
      const html = readFileSync(join(fixtures, page), 'utf8')
      expect(bundled(html), page).toBe(sanitizeHtml(html))
      expect(bundled(html, options), page).toBe(sanitizeHtml(html, options))
    }
  })

  it('parse and serialise pages as linkedom does', async () => {
    const { parseHTML } = await import('linkedom')
    const bundled = vendored<typeof import('linkedom')>('linkedom')
    const fixtures = join(root, 'test/fixtures/pages')
    const pages = readdirSync(fixtures).filter((f) => /\.html?$/u.test(f))
    expect(pages.length).toBeGreaterThan(5)
    for (const page of pages) {
      const html = readFileSync(join(fixtures, page), 'utf8')
      const a = parseHTML(html).document
      const b = bundled.parseHTML(html).document
      expect(b.toString(), page).toBe(a.toString())
      expect(b.documentElement?.textContent ?? '', page).toBe(a.documentElement?.textContent ?? '')
    }
  })

  it('read dates as chrono does', async () => {
    const texts = ['Updated Nov 19, 2019 6:55 AM', 'Veröffentlicht am 3. März 2024, 14:05 Uhr', 'Опубликовано 12 января 2023 года в 10:30']
    for (const language of ['en', 'de', 'ru'] as const) {
      const own = (await import(`chrono-node/${language}`)) as typeof import('chrono-node/en')
      const bundled = vendored<typeof import('chrono-node/en')>(`chrono-node/${language}`)
      const ref = new Date('2025-01-01T00:00:00Z')
      for (const text of texts) {
        const dates = (parser: typeof own) => parser.strict.parse(text, ref).map((r) => [r.index, r.text, r.start.date().toISOString()])
        expect(dates(bundled), `${language}: ${text}`).toEqual(dates(own))
      }
    }
  })
})
