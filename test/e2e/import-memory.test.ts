/**
 * Importing one small file must not cost the memory of the whole extraction stack several times
 * over: the audit measured a 594 MB peak. The built CLI (the same services, importer and import
 * worker as the app's main process) imports one saved page into a fresh library, and the peak
 * resident memory of the whole process — main thread and import worker — stays under the bound
 * (measured: 197 MB; 223 MB with the language model as plain JSON, 379 MB when the worker compiles eld's
 * model instead of reading the build's table; 684 MB when every package loaded at start-up). Needs
 * `npm run build` first.
 *
 * Importing many files must stay bounded too: 200 generated pages of a real page's weight (an article
 * inside menus, teasers and scripts) through two workers (see the test for the bound and what it catches).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateArticles } from '../../bench/library-corpus'

const ROOT = resolve(import.meta.dirname, '../..')
const PAGE = join(ROOT, 'test/fixtures/pages/de-article.html')
const BOUND_MB = 300

let dir: string
beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/cli.js'))) throw new Error('run `npm run build` before the import-memory test')
  dir = mkdtempSync(join(tmpdir(), 'parallax-import-memory-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Imports with the built CLI into a fresh library; its stdout and its peak resident memory (MB), worker threads included. */
function importPeak(library: string, ...paths: string[]): { stdout: string; stderr: string; peakMb: number } {
  // Reported by the process itself as it exits: its peak, worker threads included (kilobytes).
  const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`
  const run = spawnSync(process.execPath, ['--import', report, join(ROOT, 'bin/parallax.mjs'), 'import', '--library', join(dir, library), ...paths], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_FROM_SOURCE: '0' },
  })
  return { stdout: run.stdout, stderr: run.stderr, peakMb: Number(/maxrss (\d+)/.exec(run.stderr)?.[1]) / 1024 }
}

describe('importing one small file', () => {
  it(`peaks under ${BOUND_MB} MB of resident memory`, () => {
    const { stdout, stderr, peakMb } = importPeak('one.sqlite', PAGE)
    expect(stdout, stderr).toMatch(/Imported 1, duplicates 0, failed 0/)
    console.log(`importing one small file: peak ${Math.round(peakMb)} MB`)
    expect(peakMb).toBeGreaterThan(30)
    expect(peakMb).toBeLessThan(BOUND_MB)
  })
})

/**
 * 200 files, 2 workers. Measured on a loaded 2-core machine: 309 MB; 529 MB with V8's default young
 * generation per worker (the bound catches that), 377 MB with the language model parsed as plain JSON
 * (caught by eld-model.test.ts instead). The bound leaves ~90 MB for a loaded machine's timing (how far
 * heaps grow between collections).
 */
const MANY = 200
const MANY_BOUND_MB = 400

describe(`importing ${MANY} pages`, () => {
  it(`peaks under ${MANY_BOUND_MB} MB of resident memory with two workers`, { timeout: 300_000 }, () => {
    const folder = join(dir, 'pages')
    mkdirSync(folder)
    const articles = generateArticles(12)
    for (let i = 0; i < MANY; i++) writeFileSync(join(folder, `page-${i}.html`), heavyPage(articles.next().value!.html, i))
    const { stdout, stderr, peakMb } = importPeak('many.sqlite', folder)
    expect(stdout, stderr).toMatch(new RegExp(`Imported ${MANY}, duplicates 0, failed 0`))
    console.log(`importing ${MANY} pages: peak ${Math.round(peakMb)} MB`)
    expect(peakMb).toBeLessThan(MANY_BOUND_MB)
  })
})

/** A generated article in the furniture of a real news page: menus, teasers, a sidebar and inline scripts. */
function heavyPage(html: string, n: number): string {
  const links = (count: number, label: string) =>
    Array.from({ length: count }, (_, i) => `<li class="menu__item"><a class="menu__link" href="/${label}/${n}/${i}">${label} ${i}</a></li>`).join('')
  const teasers = Array.from(
    { length: 60 },
    (_, i) =>
      `<div class="teaser teaser--small"><a href="/story/${n}-${i}"><img src="/img/${i}.jpg" alt=""><span class="teaser__kicker">Topic ${i}</span><h3 class="teaser__title">Another story number ${i} on page ${n}</h3></a></div>`,
  ).join('')
  const script = `<script>window.__STATE__=${JSON.stringify({ page: n, items: Array.from({ length: 400 }, (_, i) => ({ id: i, title: `item ${i}`, tags: ['a', 'b', 'c'] })) })}</script>`
  return html
    .replace('<nav>', `<header class="site-header"><ul class="menu">${links(300, 'section')}</ul></header><nav>`)
    .replace('</article>', `</article><aside class="sidebar">${teasers}</aside><section class="more">${teasers}</section>${script}`)
    .replace('<footer>', `<footer><ul class="footer-menu">${links(200, 'service')}</ul>`)
}
