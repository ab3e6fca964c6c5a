/**
 * Search end to end, in headless Chromium against the built renderer: word forms in Russian, German
 * and English with the hits marked in the snippets, quotes for exact forms, the search help, and a
 * saved search in the sidebar counting a new article that arrives later. Screens are saved to
 * test-results/screenshots/.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppSession } from './harness/app'

const PAGES = resolve(import.meta.dirname, 'fixtures/pages')
const RU_TITLE = 'МИД России заявил о попытке извне подорвать безопасность Казахстана'
const DE_TITLE = 'Außenministerium äußert „große Besorgnis“ über die Lage in Kasachstan'
const LONG_TITLE_START = 'Bundesregierung, Europäische Kommission und Vertreter'

let app: AppSession
let extra: string

beforeAll(async () => {
  app = await openApp()
  extra = await mkdtemp(join(tmpdir(), 'parallax-e2e-search-'))
  await app.importAndWait([PAGES])
  await app.page.reload()
})

afterAll(async () => {
  await app?.close()
  if (extra) await rm(extra, { recursive: true, force: true })
})

const page = () => app.page
const rows = () => page().getByTestId('article-row')
const rowTitled = (title: string) => rows().filter({ hasText: title })
const search = () => page().getByTestId('search')
const countText = () => page().getByTestId('article-count').innerText()
const marks = (title: string) => rowTitled(title).locator('mark').allInnerTexts()

async function searchFor(text: string): Promise<void> {
  await search().fill(text)
  await search().press('Enter')
  await expect.poll(countText).toMatch(/ of /)
}

describe('search', () => {
  it('finds other word forms and marks them in the snippets', async () => {
    // The Russian article says "Казахстана" and "Казахстане", never "Казахстан".
    await searchFor('Казахстан')
    await expect.poll(() => rowTitled(RU_TITLE).count()).toBe(1)
    expect((await marks(RU_TITLE)).every((m) => /^Казахстан[аеуом]?$/u.test(m))).toBe(true)
    expect((await marks(RU_TITLE)).length).toBeGreaterThan(0)
    await app.screenshot('search-word-forms-ru')

    // "Unruhe" finds "Unruhen".
    await searchFor('Unruhe')
    await expect.poll(() => rowTitled(LONG_TITLE_START).count()).toBe(1)
    expect(await marks(LONG_TITLE_START)).toContain('Unruhen')
    await app.screenshot('search-word-forms-de')

    // "protester" finds "protesters" (and the German "Protesten": stems of every language apply).
    await searchFor('protester')
    const en = rows().filter({ hasText: 'State Department urges restraint' })
    await expect.poll(() => en.count()).toBe(1)
    expect((await en.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('protesters')
  })

  it('takes a quoted word as exactly that form', async () => {
    await searchFor('"Unruhe"')
    await page().getByTestId('no-match').waitFor()
    await searchFor('"Unruhen"')
    await expect.poll(() => rowTitled(LONG_TITLE_START).count()).toBe(1)
  })

  it('explains the syntax in the search help', async () => {
    await page().getByTestId('search-help-button').click()
    const help = page().getByTestId('search-help')
    await help.waitFor()
    const text = await help.innerText()
    expect(text).toContain('Unruhe')
    expect(text).toContain('"Auswärtiges Amt"')
    expect(text).toContain('sanktion*')
    await app.screenshot('search-help')
    await page().keyboard.press('Escape')
    await expect.poll(() => help.count()).toBe(0)
  })

  it('saves a search; the sidebar counts new matching articles until it is opened', async () => {
    await searchFor('Kasachstan')
    await expect.poll(() => rowTitled(DE_TITLE).count()).toBe(1)
    await page().getByTestId('save-search').click()
    await expect.poll(() => page().getByTestId('save-search-name').inputValue()).toBe('Kasachstan')
    await page().getByTestId('save-search-submit').click()
    const saved = page().getByTestId('saved-search').filter({ hasText: 'Kasachstan' })
    await saved.waitFor()
    expect(await saved.getAttribute('aria-current')).toBe('true')
    expect(await saved.getByTestId('saved-search-count').count()).toBe(0)

    // An article arrives (as from a fetch job or an import) in another word form.
    await searchFor('Unruhe')
    const file = join(extra, 'neu.html')
    await writeFile(
      file,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Proteste in Kasachstans Hauptstadt</title>
      <link rel="canonical" href="https://zeitung.example/2022/01/07/kasachstan-proteste"></head><body><article>
      <h1>Neue Proteste in Kasachstans Hauptstadt</h1>
      <p>In der Hauptstadt Kasachstans haben am Freitag erneut Tausende Menschen demonstriert. Die Polizei sperrte mehrere Straßen im Zentrum.</p>
      <p>Beobachter erwarten, dass die Lage in den kommenden Tagen angespannt bleibt; die Regierung kündigte Gespräche an.</p>
      </article></body></html>`,
    )
    await app.importAndWait([file])
    await expect.poll(() => saved.getByTestId('saved-search-count').innerText(), { timeout: 10_000 }).toMatch(/^1\b/)
    expect(await saved.getAttribute('aria-current')).toBeNull()
    await app.screenshot('sidebar-saved-search-new')

    // Opening it shows its articles and resets the count.
    await saved.click()
    await expect.poll(() => search().inputValue()).toBe('Kasachstan')
    await expect.poll(() => rowTitled('Neue Proteste in Kasachstans Hauptstadt').count()).toBe(1)
    await expect.poll(() => saved.getByTestId('saved-search-count').count()).toBe(0)
    expect(await saved.getAttribute('aria-current')).toBe('true')
    await app.screenshot('sidebar-saved-search-opened')
  })

  it('shows no console errors', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
