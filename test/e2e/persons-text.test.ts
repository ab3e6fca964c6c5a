/**
 * People learned from the text, end to end in headless Chromium: two imported articles title the same
 * spokeswoman nobody registered; the Actors view's Persons tab shows one person, marked as learned from the
 * text, with the title and a link to the article, and the analyst confirms her as their own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PersonRecord } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'

let app: AppSession
let dir: string
const page = () => app.page

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 800 } })
  dir = await mkdtemp(join(tmpdir(), 'parallax-e2e-text-persons-'))
})
afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('persons learned from the text', () => {
  it('makes one person of two articles, shown with where she was learned, and lets the analyst confirm her', async () => {
    await writeFile(join(dir, 'a.txt'), 'Moskau warnt\n\nDie Lage sei ernst, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Montag in Moskau.\n')
    await writeFile(join(dir, 'b.txt'), 'Moskau droht\n\nSanktionen würden beantwortet, sagte Anna Müllerowa, Sprecherin des russischen Außenministeriums, am Dienstag.\n')
    const summary = await app.importAndWait([join(dir, 'a.txt'), join(dir, 'b.txt')])
    expect(summary.imported).toBe(2)
    const learned = ((await app.call('persons', 'list')) as PersonRecord[]).filter((p) => p.source === 'text')
    expect(learned.map((p) => p.id)).toEqual(['anna-mullerowa'])

    await page().goto(app.url('#/actors'))
    await page().getByTestId('actors-tab-persons').check({ force: true })
    await page().getByTestId('actors-search').fill('müllerowa')
    const row = page().locator('[data-testid="person-row"][data-person-id="anna-mullerowa"]')
    await row.waitFor()
    expect(await row.getByTestId('person-learned').innerText()).toBe('from text')
    expect(await row.getByTestId('person-office').innerText()).toMatch(/^Spokesperson, Russian Ministry of Foreign Affairs · since \d{4}-\d{2}$/)
    expect(await row.getByTestId('person-statements').innerText()).toBe('2 statements')
    await row.locator('button.toggle').click()
    expect(await row.getByTestId('person-learned-from').innerText()).toMatch(/^“Anna Müllerowa, Sprecherin des russischen Außenministeriums” — Moskau (warnt|droht)$/)
    await app.screenshot('actors-person-learned')

    await row.getByTestId('person-confirm').click()
    await expect.poll(() => row.locator('.own').innerText()).toBe('yours')
    expect(((await app.call('persons', 'get', ['anna-mullerowa'])) as PersonRecord).source).toBe('analyst')
    // Where she was learned stays in view; the buttons for a learned person are gone.
    expect(await row.getByTestId('person-learned-from').count()).toBe(1)
    expect(await row.getByTestId('person-confirm').count()).toBe(0)

    await row.getByTestId('person-learned-article').click()
    await page().waitForURL(/#\/article\/\d+/)
    expect(app.consoleErrors).toEqual([])
  }, 180_000)
})
