/**
 * The packaged app's layout, checked without Electron (which cannot be downloaded here): the app's
 * asar is built with @electron/asar from the same `files` and `asarUnpack` configuration that
 * electron-builder uses (electron-builder.json), and must hold what the app loads at run time — the
 * main, preload and renderer bundles, the import worker (unpacked: worker threads load from disk),
 * the shipped resources the core finds by walking up to package.json — while every package the built
 * main process imports is a production dependency (electron-builder packs only those), better-sqlite3's
 * native binary lands outside the asar, and the fuses are set. Needs `npm run build` first.
 */
import { createPackageWithOptions, listPackage } from '@electron/asar'
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ELD_TABLE_FILE } from '../../src/main/core/extraction/eld-model'
import { VENDORED_PACKAGES, vendorEntryName } from '../../src/main/core/lazy-package'

const ROOT = resolve(import.meta.dirname, '../..')
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as {
  files: string[]
  asarUnpack: string[]
  extraResources: { from: string; to: string }[]
  electronFuses: Record<string, boolean>
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> }

let staging: string
let asar: string
let inside: Set<string>

/** The files `patterns` select (electron-builder's order: includes, then "!" excludes). */
function select(patterns: string[], cwd: string): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  const excluded = new Set(globSync(exclude, { cwd }))
  return globSync(include, { cwd, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(cwd.length + 1))
    .filter((f) => !excluded.has(f))
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/main/index.js'))) throw new Error('run `npm run build` before the packaging test')
  staging = mkdtempSync(join(tmpdir(), 'parallax-asar-'))
  const app = join(staging, 'app')
  for (const file of select(config.files, ROOT)) {
    mkdirSync(dirname(join(app, file)), { recursive: true })
    cpSync(join(ROOT, file), join(app, file))
  }
  // electron-builder adds the production dependencies; the native one is what must be unpacked.
  for (const dep of ['better-sqlite3']) cpSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), { recursive: true })
  asar = join(staging, 'app.asar')
  // asar matches `unpack` against absolute paths, electron-builder against app-relative ones.
  await createPackageWithOptions(app, asar, { unpack: `{${config.asarUnpack.map((p) => `**/${p}`).join(',')}}` })
  inside = new Set(listPackage(asar, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, '')))
}, 120_000)

afterAll(() => staging && rmSync(staging, { recursive: true, force: true }))

describe('the packaged app', () => {
  it('holds the entry, preload, renderer and the resources the core reads', () => {
    for (const file of [
      'package.json',
      pkg.main,
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'resources/actors/seed.json',
      'resources/compare/terms.json',
      // eld's language model as JSON, read from beside the bundles (the main process's and the workers').
      `out/main/${ELD_TABLE_FILE}`,
      // linkedom and chrono's locales bundled into one file each, loaded from beside the bundles too.
      ...VENDORED_PACKAGES.map((name) => `out/main/${vendorEntryName(name)}.js`),
    ])
      expect(inside, file).toContain(file)
    // The smoke test's fixture ships as an extra resource, outside the asar.
    expect([...inside].some((f) => f.startsWith('resources/smoke-test'))).toBe(false)
    expect(config.extraResources).toContainEqual({ from: 'resources/smoke-test', to: 'smoke-test' })
    expect(existsSync(join(ROOT, 'resources/smoke-test/article.html'))).toBe(true)
  })

  it('unpacks the worker threads and better-sqlite3 (loaded from disk, not from the archive)', () => {
    expect(existsSync(join(`${asar}.unpacked`, 'out/main/import-worker.js'))).toBe(true)
    expect(existsSync(join(`${asar}.unpacked`, 'out/main/phrase-worker.js'))).toBe(true)
    expect(existsSync(join(`${asar}.unpacked`, 'out/main/export-worker.js'))).toBe(true)
    expect(globSync('node_modules/better-sqlite3/**/*.node', { cwd: `${asar}.unpacked` }).length).toBeGreaterThan(0)
  })

  it('finds its resources from the built main process by walking up to package.json, as in the asar', () => {
    // seed.ts and term-groups.ts walk up from out/main to the folder with package.json.
    let dir = join(staging, 'app', 'out', 'main')
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir)
    expect(existsSync(join(dir, 'resources/actors/seed.json'))).toBe(true)
  })

  it('imports only production dependencies (and built-ins) from the built main process', () => {
    const builtins = new Set([...builtinModules, 'electron'])
    const imported = new Set<string>()
    for (const file of globSync('out/main/*.js', { cwd: ROOT })) {
      const code = readFileSync(join(ROOT, file), 'utf8')
      const statements = /(?:^|[\n;])\s*(?:import|export)\s[^;'"]*?from\s*["']([^"'./][^"']*)["']|(?:^|[^\w.$])(?:import|require)\(\s*["']([^"'./][^"']*)["']\s*\)/g
      for (const m of code.matchAll(statements)) {
        const spec = (m[1] ?? m[2]).replace(/^node:/, '')
        if (!/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]+)?$/i.test(spec)) continue // a string that only looks like an import
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]
        if (!builtins.has(name) && !builtins.has(spec)) imported.add(name)
      }
    }
    expect(imported.size).toBeGreaterThan(5)
    for (const name of imported) expect(Object.keys(pkg.dependencies), `${name} must be a production dependency`).toContain(name)
  })

  it('sets the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
})
