/**
 * linkedom is patched (patch-package, patches/linkedom+*.patch) to create a node's event-listener map on
 * its first addEventListener instead of in every node's constructor: parsing allocated a Map and a
 * WeakMap entry per node, and a quarter of an import worker's time went to collecting them. Events
 * must behave as before, and extraction must give byte-identical output with and without the patch.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { extractionDigest } from './linkedom/extract-digests'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = join(here, '../../..')
const fixtures = join(root, 'test/fixtures/pages')
const shared = join(root, '../shared/bench/extraction-de/html')

/** The repository's fixture pages and, where ../shared is present, 60 real saved pages. */
function pages(): string[] {
  const own = readdirSync(fixtures).filter((f) => /\.(html?|mhtml|txt)$/u.test(f)).map((f) => join(fixtures, f))
  const real = existsSync(shared) ? readdirSync(shared).sort().slice(0, 60).map((f) => join(shared, f)) : []
  return [...own, ...real]
}

describe('linkedom patch: listener maps created lazily', () => {
  it('is applied', () => {
    for (const flavour of ['esm', 'cjs']) {
      const source = readFileSync(join(root, `node_modules/linkedom/${flavour}/interface/event-target.js`), 'utf8')
      expect(source).toContain('constructor() {}')
      expect(source).not.toMatch(/constructor\(\) \{\s*wm\.set/u)
    }
  })

  it('keeps events working: add, dispatch, bubble, once, remove, and remove without any listener', () => {
    const { document } = parseHTML('<html><body><div id="outer"><p id="inner">x</p></div></body></html>')
    const outer = document.getElementById('outer')!
    const inner = document.getElementById('inner')!
    const seen: string[] = []
    // A node that never had a listener: removing one and dispatching to it are no-ops.
    expect(() => inner.removeEventListener('click', () => {})).not.toThrow()
    expect(inner.dispatchEvent(new document.defaultView.Event('click', { bubbles: true }))).toBe(true)

    const onInner = () => seen.push('inner')
    outer.addEventListener('click', (e: Event) => seen.push(`outer:${(e.target as unknown as { id: string }).id}`))
    inner.addEventListener('click', onInner)
    inner.addEventListener('ping', () => seen.push('once'), { once: true })
    inner.dispatchEvent(new document.defaultView.Event('click', { bubbles: true }))
    inner.dispatchEvent(new document.defaultView.Event('ping'))
    inner.dispatchEvent(new document.defaultView.Event('ping'))
    inner.removeEventListener('click', onInner)
    inner.dispatchEvent(new document.defaultView.Event('click', { bubbles: true }))
    expect(seen).toEqual(['inner', 'outer:inner', 'once', 'outer:inner'])
  })

  it('gives byte-identical extraction output with and without the patch', async () => {
    const files = pages()
    expect(files.length).toBeGreaterThan(15)
    const patched = Object.fromEntries(files.map((f) => [f, extractionDigest(f)]))
    // The same extraction in a fresh Node whose linkedom is loaded as upstream ships it (tsx's ES module
    // hooks only: its require hook would compile linkedom itself, past the hook that undoes the patch).
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx/esm', '--import', join(here, 'linkedom/eager-register.mjs'), join(here, 'linkedom/extract-digests.ts'), ...files],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    )
    expect(stderr).toContain('linkedom: eager listener maps')
    const upstream = JSON.parse(stdout) as Record<string, string>
    expect(upstream).toEqual(patched)
  }, 120_000)
})
