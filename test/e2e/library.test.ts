/**
 * The library end to end, in headless Chromium against the built renderer and the real handler map:
 * drop a folder of saved pages, watch progress and the summary, search (umlaut, Cyrillic), read,
 * tag, filter, manage tags, switch language and theme, keyboard only, and cancel a long import.
 * Every screen is saved to test-results/screenshots/.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Tag } from '../../src/shared/api'
import { generatedArticle } from './fixtures/generated'
import { openApp, type AppSession } from './harness/app'

const PAGES = resolve(import.meta.dirname, 'fixtures/pages')
const DE_TITLE = 'Außenministerium äußert „große Besorgnis“ über die Lage in Kasachstan'
const EN_TITLE = 'State Department urges restraint as unrest spreads across Kazakhstan'
const RU_TITLE = 'МИД России заявил о попытке извне подорвать безопасность Казахстана'
const LONG_TITLE_START = 'Bundesregierung, Europäische Kommission und Vertreter'

let app: AppSession

beforeAll(async () => {
  app = await openApp()
})

afterAll(async () => {
  await app?.close()
})

const page = () => app.page
const rows = () => page().getByTestId('article-row')
const rowTitled = (title: string) => rows().filter({ hasText: title })
const search = () => page().getByTestId('search')
const countText = () => page().getByTestId('article-count').innerText()

async function tagsByName(): Promise<Map<string, Tag>> {
  const tags = (await app.call('tags', 'list')) as Tag[]
  return new Map(tags.map((t) => [t.name, t]))
}

async function searchFor(text: string): Promise<void> {
  await search().fill(text)
  await search().press('Enter')
  // The list answers the new query (the count says "n of m").
  await expect.poll(countText).toMatch(/ (of|von) /)
}

async function clearSearch(): Promise<void> {
  await search().fill('')
  await search().press('Enter')
  await expect.poll(countText).not.toMatch(/ (of|von) /)
}

async function gotoLibrary(): Promise<void> {
  await page().getByRole('link', { name: /^(Library|Bibliothek)$/ }).click()
  await page().getByTestId('article-list').waitFor({ state: 'attached' })
}

describe('library', () => {
  it('starts empty, with every view reachable from the sidebar', async () => {
    await page().getByTestId('empty-library').waitFor()
    expect(await countText()).toBe('No articles')
    await app.screenshot('library-empty')

    for (const [name, shot] of [
      ['Statements', 'placeholder-statements'],
      ['Compare', 'placeholder-compare'],
      ['Actors', 'placeholder-actors'],
      ['Jobs', 'placeholder-jobs'],
    ] as const) {
      await page().getByRole('link', { name }).click()
      await page().getByRole('heading', { name, level: 1 }).waitFor()
      expect(await page().getByRole('link', { name }).getAttribute('aria-current')).toBe('page')
      if (name === 'Compare') await app.screenshot(shot)
    }
    await page().getByRole('link', { name: 'Tags' }).click()
    await page().getByRole('heading', { name: 'No tags yet' }).waitFor()
    await app.screenshot('tags-empty')
    await gotoLibrary()
  })

  it('imports a dropped folder: progress, then imported / duplicates / failed with reasons', async () => {
    await app.watchTexts('[data-testid=import-progress]')
    await app.drop([PAGES])

    const summary = page().getByTestId('import-summary')
    await summary.waitFor({ timeout: 60_000 })
    await app.screenshot('import-summary')

    // Progress was shown while the import ran ("Importing n of 6").
    const progress = await app.seenTexts('[data-testid=import-progress]')
    expect(progress.some((t) => /Importing \d+ of 6/.test(t)), progress.join(' | ')).toBe(true)

    await expect.poll(() => summary.getByTestId('count-imported').innerText()).toBe('4 imported')
    expect(await summary.getByTestId('count-duplicates').innerText()).toBe('1 duplicate')
    expect(await summary.getByTestId('count-failed').innerText()).toBe('1 failed')
    const outcomes = summary.getByTestId('import-outcome')
    // Problems are listed with their reason: the binary file and the second copy of the English page.
    await expect.poll(() => outcomes.count()).toBe(2)
    const failed = outcomes.filter({ hasText: 'broken-binary.html' })
    expect((await failed.innerText()).replace('broken-binary.html', '').trim().length).toBeGreaterThan(5)
    // One of the two saves of the English page is the duplicate, named with the article it duplicates.
    const duplicate = outcomes.filter({ hasText: 'duplicate (same URL) of' })
    expect(await duplicate.innerText()).toContain(EN_TITLE)
    expect(await duplicate.innerText()).toMatch(/en-state-department-statement(-copy)?\.html/)

    // The full list names the imported files too.
    await summary.getByRole('button', { name: 'Show details' }).click()
    await expect.poll(() => outcomes.count()).toBe(6)

    // The list shows the four new articles.
    await expect.poll(countText).toBe('4 articles')
    await expect.poll(() => rows().count()).toBe(4)
    await app.screenshot('library-imported')

    await summary.getByTestId('import-dismiss').click()
    await expect.poll(() => summary.count()).toBe(0)
  })

  it('finds German words with umlauts and ß, also typed without them', async () => {
    await searchFor('Außenministerium')
    await expect.poll(() => rowTitled(DE_TITLE).count()).toBe(1)
    expect(await rowTitled(RU_TITLE).count()).toBe(0)
    // The hit is highlighted in the snippet, as text (no markup from the page).
    const snippetMarks = rowTitled(DE_TITLE).locator('mark')
    expect((await snippetMarks.allInnerTexts()).join(' ')).toMatch(/Außenministerium/i)
    await app.screenshot('search-umlaut')

    await searchFor('aussenministerium')
    await expect.poll(() => rowTitled(DE_TITLE).count()).toBe(1)

    // The reader highlights the searched word in all its forms, and jumps from one to the next.
    await rowTitled(DE_TITLE).click()
    const hits = page().getByTestId('reader-hits')
    await hits.waitFor()
    const marks = page().getByTestId('reader').locator('.article-text mark[data-ids*="hit-"]')  // search hits, not statements
    await expect.poll(() => marks.allInnerTexts()).toEqual(['Außenministeriums', 'Außenministerium'])
    expect(await hits.innerText()).toContain('2 matches for “aussenministerium”')
    await page().getByTestId('reader-next-hit').click()
    await page().keyboard.press('n')
    expect(await hits.innerText()).toContain('2/2')
    expect(await marks.nth(1).getAttribute('class')).toMatch(/\bactive\b/)
    await app.screenshot('reader-search-hits')

    // Selecting text (from inside a highlight, across a paragraph break) gives offsets into
    // article.text: the copied passage is exactly that slice, with its source.
    const id = Number(page().url().match(/article\/(\d+)/)![1])
    const { text } = (await app.call('library', 'getArticle', [id])) as { text: string }
    const from = text.indexOf('Außenministeriums') + 5
    const to = text.indexOf('Nach tagelangen') + 20
    await page().evaluate(`(() => {
      const root = document.querySelector('.article-text')
      const start = root.querySelector('mark[data-ids*="hit-"]').firstChild
      const end = root.querySelectorAll('p')[1].querySelector('[data-start]').firstChild
      const range = document.createRange()
      range.setStart(start, 5)
      range.setEnd(end, 20)
      getSelection().removeAllRanges()
      getSelection().addRange(range)
    })()`)
    const selectionBar = page().getByTestId('reader-selection')
    await selectionBar.waitFor()
    await app.screenshot('reader-selection')
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await selectionBar.getByTestId('reader-copy-citation').click()
    await expect
      .poll(() => page().evaluate('navigator.clipboard.readText()'))
      .toBe(`${text.slice(from, to)}\n\n— Rheinische Tagespost, “${DE_TITLE}”, Jan 6, 2022\nhttps://www.rheinische-tagespost.example/politik/kasachstan-unruhen-100.html`)
    expect(text.slice(from, to)).toMatch(/^ministeriums\.\n\nNach tagelangen Prot$/)
    await page().evaluate('getSelection().removeAllRanges()')
    await expect.poll(() => selectionBar.count()).toBe(0)

    await page().keyboard.press('Escape')
    await page().getByTestId('article-list').waitFor()

    await searchFor('Grüße')
    await expect.poll(() => rowTitled(DE_TITLE).count()).toBe(1)
    await expect.poll(() => rows().count()).toBe(1)
  })

  it('finds Russian text (windows-1251 page) by Cyrillic words', async () => {
    await searchFor('заявил')
    await expect.poll(() => rowTitled(RU_TITLE).count()).toBe(1)
    expect(await rowTitled(DE_TITLE).count()).toBe(0)
    expect((await rowTitled(RU_TITLE).locator('mark').allInnerTexts()).join(' ').toLowerCase()).toContain('заявил')
    await app.screenshot('search-cyrillic')

    await searchFor('ведомства')
    await expect.poll(() => rowTitled(RU_TITLE).count()).toBe(1)
    await searchFor('nothingmatchesthiswordatall')
    await page().getByTestId('no-match').waitFor()
    await app.screenshot('search-no-match')
    await clearSearch()
  })

  it('opens the reader: metadata, clean text, the original in the system browser', async () => {
    await rowTitled(DE_TITLE).click()
    const reader = page().getByTestId('reader')
    await reader.waitFor()
    expect(await page().getByTestId('reader-title').innerText()).toBe(DE_TITLE)
    expect(await page().getByTestId('reader-outlet').innerText()).toMatch(/Rheinische Tagespost/i)
    expect(await page().getByTestId('reader-language').innerText()).toBe('German')
    const text = await reader.locator('.article-text').innerText()
    expect(text).toContain('„große Besorgnis“')
    expect(text).toContain('Krisenvorsorgeliste')
    // The page's script neither ran nor shows as text.
    expect(text).not.toContain('tracker')
    expect(await page().title()).toBe('Parallax')
    await app.screenshot('reader')

    await page().getByTestId('reader-original').click()
    await expect.poll(() => app.platform.openedUrls).toEqual([
      'https://www.rheinische-tagespost.example/politik/kasachstan-unruhen-100.html',
    ])
    // The window itself never navigated away.
    expect(page().url()).toMatch(/#\/article\/\d+$/)
  })

  it('adds tags with typeahead and removes them in the reader', async () => {
    const input = page().getByTestId('tag-input')
    await input.fill('Kasachstan')
    await input.press('Enter')
    await page().getByTestId('tag-chip').filter({ hasText: 'Kasachstan' }).waitFor()
    await input.fill('Wichtig')
    await input.press('Enter')
    await page().getByTestId('tag-chip').filter({ hasText: 'Wichtig' }).waitFor()
    await app.screenshot('reader-tags')

    await page().getByRole('button', { name: 'Remove tag “Wichtig”' }).click()
    await expect.poll(() => page().getByTestId('tag-chip').allInnerTexts()).toEqual(['Kasachstan'])

    // Back (Esc), then tag the Russian article by picking the suggestion for "kas".
    await page().keyboard.press('Escape')
    await page().getByTestId('article-list').waitFor()
    await rowTitled(RU_TITLE).click()
    await page().getByTestId('reader').waitFor()
    await input.fill('kas')
    const suggestion = page().getByTestId('tag-suggestion').filter({ hasText: 'Kasachstan' })
    await suggestion.waitFor()
    await app.screenshot('reader-typeahead')
    await input.press('ArrowDown')
    await input.press('Enter')
    await page().getByTestId('tag-chip').filter({ hasText: 'Kasachstan' }).waitFor()
    expect((await tagsByName()).get('Kasachstan')?.articleCount).toBe(2)
    await app.screenshot('reader-cyrillic')
  })

  it('filters by tag and tags several articles at once', async () => {
    await gotoLibrary()
    const tagId = (await tagsByName()).get('Kasachstan')!.id
    await page().getByTestId('filter-tag').selectOption(String(tagId))
    await expect.poll(countText).toBe('2 of 4 articles')
    await expect.poll(() => rows().count()).toBe(2)
    await app.screenshot('library-filter-tag')
    await page().getByTestId('filter-reset').click()
    await expect.poll(countText).toBe('4 articles')

    // Language, source and publication-date filters, and sorting by title.
    await page().getByTestId('filter-language').selectOption('ru')
    await expect.poll(() => rows().allInnerTexts()).toEqual([expect.stringContaining(RU_TITLE)])
    await page().getByTestId('filter-reset').click()
    const sourceOption = page().getByTestId('filter-source').locator('option', { hasText: 'Global Wire' })
    await page().getByTestId('filter-source').selectOption((await sourceOption.getAttribute('value'))!)
    await expect.poll(() => rows().allInnerTexts()).toEqual([expect.stringContaining(EN_TITLE)])
    await page().getByTestId('filter-reset').click()
    await page().getByTestId('filter-from').fill('2022-01-08')
    await expect.poll(() => rows().allInnerTexts()).toEqual([expect.stringContaining(LONG_TITLE_START)])
    await page().getByTestId('filter-to').fill('2022-01-09')
    await page().getByTestId('no-match').waitFor()
    await page().getByTestId('filter-reset').click()
    await expect.poll(countText).toBe('4 articles')
    await page().getByTestId('sort').selectOption('title')
    await expect.poll(async () => (await rows().first().innerText()).split('\n')[0]).toBe(DE_TITLE)
    await page().getByTestId('sort').selectOption('date-desc')
    await expect.poll(async () => (await rows().first().innerText()).split('\n')[0]).toMatch(new RegExp(`^${LONG_TITLE_START}`))
    await page().getByTestId('sort').selectOption('imported-desc')

    // Select two rows and give both a new tag.
    await rowTitled(EN_TITLE).getByTestId('row-check').click()
    await rowTitled(LONG_TITLE_START).getByTestId('row-check').click()
    const bar = page().getByTestId('selection-bar')
    await bar.waitFor()
    expect(await bar.innerText()).toContain('2 selected')
    await bar.getByTestId('tag-input').fill('OVKS')
    await bar.getByTestId('tag-input').press('Enter')
    await expect.poll(async () => (await tagsByName()).get('OVKS')?.articleCount).toBe(2)
    await rowTitled(EN_TITLE).getByTestId('tag-chip').filter({ hasText: 'OVKS' }).waitFor()
    await app.screenshot('library-selection')
    await bar.getByTestId('selection-clear').click()
    await expect.poll(() => bar.count()).toBe(0)
  })

  it('renames, recolours, merges and deletes tags', async () => {
    await page().getByRole('link', { name: 'Tags' }).click()
    const table = page().getByTestId('tags-table')
    await table.waitFor()
    const row = (name: string) => page().getByTestId('tag-row').filter({ has: page().getByTestId('tag-name').getByText(name, { exact: true }) })

    // Rename OVKS (Latin) to ОДКБ (Cyrillic).
    await row('OVKS').getByTestId('tag-rename').click()
    const renameInput = page().getByTestId('tag-rename-input')
    await renameInput.fill('ОДКБ')
    await renameInput.press('Enter')
    await row('ОДКБ').waitFor()
    expect((await tagsByName()).has('OVKS')).toBe(false)

    // Recolour Kasachstan.
    await row('Kasachstan').getByTestId('tag-color').fill('#7048e8')
    await expect.poll(async () => (await tagsByName()).get('Kasachstan')?.color.toLowerCase()).toBe('#7048e8')
    await app.screenshot('tags')

    // Merge ОДКБ into Kasachstan: three distinct articles carry it now.
    const kasachstanId = (await tagsByName()).get('Kasachstan')!.id
    await row('ОДКБ').getByTestId('tag-merge').click()
    await page().getByTestId('tag-merge-target').selectOption(String(kasachstanId))
    await app.screenshot('tags-merge')
    await page().getByTestId('tag-merge-confirm').click()
    await expect.poll(async () => [...(await tagsByName()).keys()].sort()).toEqual(['Kasachstan', 'Wichtig'])
    expect((await tagsByName()).get('Kasachstan')?.articleCount).toBe(4)
    await expect.poll(() => page().getByTestId('tag-row').count()).toBe(2)

    // "Wichtig" is on no article any more: delete it, after confirming.
    await row('Wichtig').getByTestId('tag-delete').click()
    const dialog = page().getByTestId('confirm-dialog')
    await dialog.waitFor()
    await app.screenshot('tags-delete-confirm')
    await dialog.getByTestId('confirm-ok').click()
    await expect.poll(() => page().getByTestId('tag-row').count()).toBe(1)
    expect((await tagsByName()).has('Wichtig')).toBe(false)

    // A new tag, created here.
    await page().getByTestId('new-tag-name').fill('Vorläufig')
    await page().getByTestId('new-tag-name').press('Enter')
    await row('Vorläufig').waitFor()
    expect((await tagsByName()).get('Vorläufig')?.articleCount).toBe(0)

    // The count links to the library filtered by the tag.
    await row('Kasachstan').getByRole('link').click()
    await expect.poll(countText).toBe('4 of 4 articles')
    await page().getByTestId('filter-reset').click()
  })

  it('works from the keyboard alone', async () => {
    // "/" from another view comes back to the library search.
    await page().getByRole('link', { name: 'Tags' }).click()
    await page().getByTestId('tags-table').waitFor()
    await page().keyboard.press('/')
    await expect.poll(() => search().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await gotoLibrary()
    // "/" focuses the search from anywhere.
    await page().keyboard.press('/')
    expect(await search().evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    // ↓ from the search moves into the list; j/k move; Enter opens; Esc comes back to the same row.
    await page().keyboard.press('ArrowDown')
    const list = page().getByTestId('article-list')
    expect(await list.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await page().keyboard.press('j')
    await page().keyboard.press('j')
    await page().keyboard.press('k')
    const activeId = await list.getAttribute('aria-activedescendant')
    expect(activeId).toBe('article-row-1')
    const activeTitle = await page().locator(`#${activeId} .title`).innerText()
    await app.screenshot('library-keyboard')

    await page().keyboard.press('Enter')
    await page().getByTestId('reader').waitFor()
    expect(await page().getByTestId('reader-title').innerText()).toBe(activeTitle)
    await page().keyboard.press('Escape')
    await list.waitFor()
    await expect.poll(() => list.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await list.getAttribute('aria-activedescendant')).toBe('article-row-1')

    // Space selects the active row; Esc clears the selection.
    await page().keyboard.press(' ')
    await page().getByTestId('selection-bar').waitFor()
    await page().keyboard.press('Escape')
    await expect.poll(() => page().getByTestId('selection-bar').count()).toBe(0)
  })

  it('switches to German and the dark theme, and keeps the choice', async () => {
    await page().getByRole('link', { name: 'Settings' }).click()
    await page().getByTestId('locale-de').check()
    await page().getByRole('heading', { name: 'Einstellungen' }).waitFor()
    await page().getByTestId('theme-dark').check()
    await expect.poll(() => page().locator('html').getAttribute('data-theme')).toBe('dark')
    expect(await page().locator('html').getAttribute('lang')).toBe('de')
    await app.screenshot('settings-de-dark')
    expect(app.services.settings.get()).toEqual({ locale: 'de', theme: 'dark' })

    // After a reload the app starts in German and dark.
    await page().reload()
    await page().getByRole('heading', { name: 'Einstellungen' }).waitFor()
    expect(await page().locator('html').getAttribute('data-theme')).toBe('dark')

    await gotoLibrary()
    await expect.poll(countText).toBe('4 Artikel')
    await app.screenshot('library-de-dark')
    await searchFor('Besorgnis')
    await app.screenshot('search-de-dark')
    await rowTitled(DE_TITLE).click()
    await page().getByTestId('reader').waitFor()
    expect(await page().getByTestId('reader-language').innerText()).toBe('Deutsch')
    await app.screenshot('reader-de-dark')
    await page().keyboard.press('Escape')
    await clearSearch()

    // The sidebar switches back: theme cycles system → light → dark; language buttons.
    await page().getByRole('button', { name: 'EN', exact: true }).click()
    await page().getByRole('heading', { name: 'Library' }).waitFor()
    await page().getByTestId('theme-toggle').click()
    await expect.poll(() => app.services.settings.get().theme).toBe('system')
    await page().getByTestId('theme-toggle').click()
    await expect.poll(() => page().locator('html').getAttribute('data-theme')).toBe('light')
    expect(app.services.settings.get()).toEqual({ locale: 'en', theme: 'light' })
  })

  it('deletes an article from the reader after confirming', async () => {
    await rowTitled(LONG_TITLE_START).click()
    await page().getByTestId('reader').waitFor()
    await page().getByTestId('reader-delete').click()
    const dialog = page().getByTestId('confirm-dialog')
    await dialog.waitFor()
    expect(await dialog.innerText()).toContain(LONG_TITLE_START)
    await app.screenshot('reader-delete-confirm')
    // Esc cancels the dialog and leaves the reader open.
    await page().keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await page().getByTestId('reader').waitFor()

    await page().getByTestId('reader-delete').click()
    await page().getByTestId('confirm-ok').click()
    await page().getByTestId('article-list').waitFor()
    await expect.poll(countText).toBe('3 articles')
    expect(await rowTitled(LONG_TITLE_START).count()).toBe(0)
  })

  it('shows a long import with progress and cancels it, keeping what is already in the library', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-e2e-pages-'))
    try {
      const total = 1500
      for (let i = 0; i < total; i++) {
        await writeFile(join(folder, `page-${String(i).padStart(4, '0')}.html`), generatedArticle(i).html)
      }
      app.platform.importPaths = [folder]
      await page().getByTestId('import-button').click()
      const progress = page().getByTestId('import-progress')
      // Some way in: the count moves and the current file is named.
      await progress.getByText(/Importing ([2-9]\d|\d{3,}) of 1,500/).waitFor({ timeout: 60_000 })
      expect(await progress.innerText()).toMatch(/Current file: page-\d{4}\.html/)
      // The list shows articles arriving while the import runs.
      await expect.poll(countText, { timeout: 10_000 }).not.toBe('3 articles')
      await app.screenshot('import-progress')
      await progress.getByTestId('import-cancel').click()

      const summary = page().getByTestId('import-summary')
      await summary.getByText('Import cancelled').waitFor({ timeout: 60_000 })
      await app.screenshot('import-cancelled')
      const imported = Number((await summary.getByTestId('count-imported').innerText()).match(/\d+/)![0])
      expect(imported).toBeGreaterThanOrEqual(20)
      expect(imported).toBeLessThan(total)

      const info = (await app.call('library', 'info')) as { articleCount: number }
      expect(info.articleCount).toBe(3 + imported)
      await expect.poll(countText).toBe(`${3 + imported} articles`)
      expect(await app.call('library', 'search', [{ text: 'Außenministerium' }])).toMatchObject({ total: 1 })
    } finally {
      app.platform.importPaths = null
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('ran without console errors or CSP violations', () => {
    expect(app.consoleErrors).toEqual([])
  })
})
