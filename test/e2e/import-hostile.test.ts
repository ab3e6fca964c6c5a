/**
 * Dropping the extraction fixtures (test/fixtures/pages: legacy charsets, MHTML, copied text, broken,
 * binary and hostile files) onto the window: the summary matches what main reported, every failure
 * names its reason, legacy encodings read correctly, and an article full of scripts, handlers and
 * remote resources shows as plain text — nothing runs, nothing is fetched.
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages')

let app: AppSession
/** Every request the page made to anything but the test server. */
const foreignRequests: string[] = []

beforeAll(async () => {
  app = await openApp()
  app.page.on('request', (req) => {
    if (!req.url().startsWith(app.server.origin) && !req.url().startsWith('data:')) foreignRequests.push(req.url())
  })
})

afterAll(async () => {
  await app?.close()
})

const page = () => app.page
const rows = () => page().getByTestId('article-row')

async function open(title: string): Promise<void> {
  await page().getByRole('link', { name: 'Library' }).click()
  await rows().filter({ hasText: title }).first().click()
  await page().getByTestId('reader').waitFor()
  expect(await page().getByTestId('reader-title').innerText()).toBe(title)
}

describe('importing hostile and varied pages', () => {
  let summary: ImportSummary

  it('reports every file: imported, duplicates, and failures with their reasons', async () => {
    const done = app.server.waitForEvent('import.done')
    await app.drop([FIXTURES])
    summary = await done
    const panel = page().getByTestId('import-summary')
    await panel.waitFor()
    expect(summary.imported).toBeGreaterThanOrEqual(8)
    expect(summary.failed).toBeGreaterThanOrEqual(3)

    // The panel says what main said.
    expect(await panel.getByTestId('count-imported').innerText()).toBe(`${summary.imported} imported`)
    expect(await panel.getByTestId('count-failed').innerText()).toBe(`${summary.failed} failed`)
    const listed = panel.getByTestId('import-outcome')
    const fallbacks = summary.outcomes.filter((o) => o.status === 'imported' && o.fallback)
    expect(await listed.count()).toBe(summary.duplicates + summary.failed + fallbacks.length)
    // A page without article structure is imported by fallback extraction, and the panel says so.
    expect(fallbacks.map((o) => o.file.split('/').pop())).toContain('script-shell.html')
    expect(await listed.filter({ hasText: 'script-shell.html' }).getByTestId('import-fallback').innerText()).toMatch(/fallback extraction/)
    for (const outcome of summary.outcomes.filter((o) => o.status === 'failed')) {
      const row = listed.filter({ hasText: outcome.file.split('/').pop()! })
      expect(await row.innerText()).toContain(outcome.reason)
      expect(outcome.reason.length).toBeGreaterThan(3)
    }
    await app.screenshot('hostile-import-summary')
    await panel.getByTestId('import-dismiss').click()
    await expect.poll(() => page().getByTestId('article-count').innerText()).toBe(`${summary.imported} articles`)
    await app.screenshot('hostile-library')
  })

  it('shows a page full of scripts and remote resources as plain text, running and loading nothing', async () => {
    await open('Ministry statement on export controls')
    const body = page().getByTestId('reader').locator('.article-text')
    const text = await body.innerText()
    expect(text).toContain('export licences for dual-use goods')
    expect(text).toContain('Opposition lawmakers')
    expect(text).not.toContain('INJECTED BY SCRIPT')
    // Only paragraphs and text spans: no element the page brought with it.
    expect(await body.locator('img, iframe, script, svg, object, a, style, link').count()).toBe(0)
    expect(await page().evaluate('globalThis.__parallaxInjected === undefined')).toBe(true)
    expect(page().url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/article\/\d+$/)
    await app.screenshot('hostile-reader')
    expect(foreignRequests).toEqual([])
  })

  it('reads windows-1251, koi8-r and MHTML pages and copied text correctly', async () => {
    // The same Russian article saved in four encodings is one article (the others are duplicates).
    const search = page().getByTestId('search')
    await page().getByRole('link', { name: 'Library' }).click()
    await search.fill('налоговых льготах')
    await search.press('Enter')
    await expect.poll(() => rows().count()).toBe(1)
    expect(await rows().first().innerText()).toContain('Совет Федерации одобрил закон о налоговых льготах')
    await app.screenshot('hostile-search-koi8')
    await search.fill('')
    await search.press('Enter')

    // Copied text: the URL in it gives the source.
    await open('Стороны договорились продолжить переговоры в Женеве')
    expect(await page().getByTestId('reader-outlet').innerText()).toMatch(/novosti\.example/i)
    expect(await page().getByTestId('reader').locator('.article-text').innerText()).toContain('Делегации двух стран')
    await app.screenshot('hostile-reader-copied-text')
    expect(app.consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  })
})
