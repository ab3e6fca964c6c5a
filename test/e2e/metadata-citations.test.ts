/**
 * Correcting metadata in the reader and exporting citations from the library, in headless Chromium
 * against the built renderer and the real handler map: the edit shows as edited, survives a reload
 * and re-extraction, a bad date is refused with main's message, and the selected articles' citations
 * are saved through the (test) save dialog as RIS and BibTeX that strict readers accept.
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, SearchPage } from '../../src/shared/api'
import { parseBibtex, parseRis } from '../unit/citations/strict-parsers'
import { openApp, type AppSession } from './harness/app'

const PAGES = resolve(import.meta.dirname, 'fixtures/pages')
const DE_TITLE = 'Außenministerium äußert „große Besorgnis“ über die Lage in Kasachstan'
const RU_TITLE = 'МИД России заявил о попытке извне подорвать безопасность Казахстана'
const NEW_TITLE = 'Auswärtiges Amt besorgt über Lage in Kasachstan'

let app: AppSession
const page = () => app.page
const rowTitled = (title: string) => page().getByTestId('article-row').filter({ hasText: title })

async function articleId(title: string): Promise<number> {
  const found = (await app.call('library', 'search', [{ limit: 50 }])) as SearchPage
  return found.hits.find((h) => h.title === title)!.id
}

beforeAll(async () => {
  app = await openApp()
  const summary = await app.importAndWait([
    resolve(PAGES, 'de-aussenministerium-kasachstan.html'),
    resolve(PAGES, 'ru-mid-zayavlenie.html'),
    resolve(PAGES, 'en-state-department-statement.html'),
  ])
  expect(summary.imported).toBe(3)
}, 120_000)

afterAll(async () => {
  await app?.close()
})

describe('metadata and citations', () => {
  it('edits metadata in the reader, marks it as edited and keeps it after a reload and re-extraction', async () => {
    const id = await articleId(DE_TITLE)
    await page().goto(app.url(`#/article/${id}`))
    await page().getByTestId('reader-title').waitFor()
    expect(await page().getByTestId('reader-edited').count()).toBe(0)

    await page().getByTestId('reader-edit-metadata').click()
    const editor = page().getByTestId('metadata-editor')
    await editor.waitFor()
    expect(await editor.getByTestId('metadata-title').inputValue()).toBe(DE_TITLE)
    expect(await editor.getByTestId('metadata-outlet').inputValue()).toBe('Rheinische Tagespost')
    expect(await editor.getByTestId('metadata-publishedAt').inputValue()).toBe('2022-01-06')

    // A URL main refuses: the message shows in the form, nothing is saved.
    await editor.getByTestId('metadata-url').fill('ftp://example.org/a')
    await editor.getByTestId('metadata-save').click()
    await expect.poll(() => editor.getByTestId('metadata-error').innerText()).toContain('only http:// and https://')
    await app.screenshot('reader-metadata-error')

    await editor.getByTestId('metadata-url').fill('https://www.rheinische-tagespost.de/politik/kasachstan-100.html')
    await editor.getByTestId('metadata-title').fill(NEW_TITLE)
    await editor.getByTestId('metadata-outlet').fill('Rheinische Tagespost Online')
    await editor.getByTestId('metadata-author').fill('Anna Beispiel, Jens Muster')
    await editor.getByTestId('metadata-publishedAt').fill('2022-01-05')
    await app.screenshot('reader-metadata-editor')
    await editor.getByTestId('metadata-save').click()
    await expect.poll(() => editor.count()).toBe(0)

    await expect.poll(() => page().getByTestId('reader-title').innerText()).toBe(NEW_TITLE)
    expect(await page().getByTestId('reader-outlet').innerText()).toMatch(/Rheinische Tagespost Online/i)
    expect(await page().getByTestId('reader-byline').innerText()).toBe('Anna Beispiel, Jens Muster')
    const marker = page().getByTestId('reader-edited')
    expect(await marker.innerText()).toContain('Edited by you')
    expect(await marker.getAttribute('title')).toBe('Corrected by you: Title, Outlet, Author, Published, URL')
    await app.screenshot('reader-metadata-edited')

    // Re-extraction from the capture keeps the analyst's values; a reload shows them still.
    await app.services.articles.metadata.reextract(id)
    await page().reload()
    await page().getByTestId('reader-title').waitFor()
    expect(await page().getByTestId('reader-title').innerText()).toBe(NEW_TITLE)
    expect(await page().getByTestId('reader-edited').count()).toBe(1)
    const stored = (await app.call('library', 'getArticle', [id])) as Article
    expect(stored).toMatchObject({ publishedAt: '2022-01-05', editedFields: ['title', 'outlet', 'author', 'publishedAt', 'url'] })

    // The editor marks the edited fields; the library and its search see the new title.
    await page().getByTestId('reader-edit-metadata').click()
    await page().getByTestId('metadata-edited-title').waitFor()
    expect(await page().getByTestId('metadata-edited-language').count()).toBe(0)
    await page().keyboard.press('Escape')
    await expect.poll(() => page().getByTestId('metadata-editor').count()).toBe(0)
    await page().goto(app.url('#/library'))
    await rowTitled(NEW_TITLE).waitFor()
    // The one refused edit is the only request that failed.
    expect(app.consoleErrors.filter((e) => !e.includes('/api/metadata/update') && !/status of 40[03]/.test(e))).toEqual([])
    expect(app.consoleErrors.filter((e) => /status of 40[03]/.test(e))).toHaveLength(1)
  })

  it('exports citations of the selected articles through the save dialog', async () => {
    await page().goto(app.url('#/library'))
    await rowTitled(NEW_TITLE).getByTestId('row-check').click()
    await rowTitled(RU_TITLE).getByTestId('row-check').click()
    const bar = page().getByTestId('selection-bar')
    await bar.getByTestId('selection-export-citations').click()
    const dialog = page().getByTestId('citation-export')
    await dialog.waitFor()
    expect(await dialog.innerText()).toContain('Citations of 2 selected articles')
    await app.screenshot('library-export-citations')

    await dialog.getByTestId('citation-save').click()
    await expect.poll(() => app.platform.savedFiles.length).toBe(1)
    await expect.poll(() => dialog.count()).toBe(0)
    await page().getByText('Saved 2 citations to /saved/citations.ris').waitFor()
    await app.screenshot('library-export-citations-saved')
    const ris = parseRis(app.platform.savedFiles[0].text)
    expect(ris.map((r) => r.get('TI')![0])).toEqual([NEW_TITLE, RU_TITLE])
    expect(ris[0].get('AU')).toEqual(['Beispiel, Anna', 'Muster, Jens'])
    expect(ris[0].get('T2')).toEqual(['Rheinische Tagespost Online'])
    expect(ris[0].get('DA')).toEqual(['2022/01/05/'])

    // BibTeX, chosen once, is remembered for the next export.
    await bar.getByTestId('selection-export-citations').click()
    await dialog.getByTestId('citation-format-bibtex').check()
    await dialog.getByTestId('citation-save').click()
    await expect.poll(() => app.platform.savedFiles.length).toBe(2)
    expect(app.platform.savedFiles[1].name).toBe('citations.bib')
    const bib = parseBibtex(app.platform.savedFiles[1].text)
    expect(bib.map((e) => e.fields.get('journaltitle'))).toEqual(['Rheinische Tagespost Online', expect.any(String)])
    await bar.getByTestId('selection-export-citations').click()
    expect(await dialog.getByTestId('citation-format-bibtex').isChecked()).toBe(true)
    await page().keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    // Nothing failed but the first test's one refused edit.
    expect(app.consoleErrors.filter((e) => !e.includes('/api/metadata/update') && !/status of 40[03]/.test(e))).toEqual([])
  })
})
