/**
 * Events and the comparison end to end, in headless Chromium against the built renderer and the real
 * handler map: import ten de/en/ru pages quoting the Russian and the Belarusian foreign ministries,
 * let statement extraction run, create the event in the Events view, build the comparison in the
 * Compare view (timeline and themes, a note, a saved comparison), then "Save as PDF" — the app's own
 * path, with the platform's PDF printer being Chromium's page.pdf (the engine of Electron's
 * printToPDF). The PDF pages are turned into PNGs with pdftoppm (test-results/compare-pdf/, look at
 * them) and checked with pdftotext: both column headers on every page, page numbers, sources.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../src/main/core/db/migrations'
import type { HtmlPrintOptions } from '../../src/main/api/types'
import { playwrightPdfOptions } from '../../src/main/core/compare/export'
import type { ComparisonModel, EventSummary, SavedComparisonSummary, ScopeActor, ScopePerson } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'


/** Events and comparisons live in schema 005, registered once the statements schema (003) is. */
const COMPARISONS_IN_SCHEMA = migrations.some((m) => m.version === 5)
const FIXTURES = resolve(import.meta.dirname, '../fixtures/compare')
const OUT = resolve(import.meta.dirname, '../../test-results/compare-pdf')
const RU = 'Russian Ministry of Foreign Affairs'
const BY = 'Belarusian Ministry of Foreign Affairs'
const EVENT = 'Unrest in Kazakhstan, January 2022'

let app: AppSession
const page = () => app.page

/** Printing and exports sit in the Compare view's "Print & export" menu: open it (once). */
async function output() {
  if ((await page().locator('details.output').getAttribute('open')) === null) await page().getByTestId('compare-output').click()
  return page()
}

beforeAll(async () => {
  if (!COMPARISONS_IN_SCHEMA) return
  app = await openApp({ viewport: { width: 1440, height: 900 } })
  await rm(OUT, { recursive: true, force: true })
  await mkdir(OUT, { recursive: true })
  // The platform's PDF printer, as the Electron shell has one: here Chromium's page.pdf on a fresh page.
  app.platform.saveHtmlAsPdf = async (html: string, options: HtmlPrintOptions) => {
    const printer = await app.context.newPage()
    try {
      await printer.setContent(html, { waitUntil: 'load' })
      const path = join(OUT, options.suggestedName)
      await printer.pdf(playwrightPdfOptions(options, path) as Parameters<typeof printer.pdf>[0])
      return path
    } finally {
      await printer.close()
    }
  }
})

afterAll(async () => {
  await app?.close()
})

function pdfText(file: string, pageNo?: number): string {
  const range = pageNo ? ['-f', String(pageNo), '-l', String(pageNo)] : []
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' })
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1])
}

describe.skipIf(!COMPARISONS_IN_SCHEMA)('events and comparison', () => {
  let eventId = 0
  let pdfPath = ''

  it('imports the pages and finds statements of both ministries', async () => {
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, f))
    const summary = await app.importAndWait(files)
    expect(summary.failed).toBe(0)
    expect(summary.imported).toBe(10)
    const counts = async () =>
      new Map(((await app.call('compare', 'actorsInScope', [{}])) as ScopeActor[]).map((a) => [a.actor.id, a.statements]))
    // Extraction runs after import; give it time on a busy machine.
    await expect.poll(async () => (await counts()).get('ru-mfa') ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(6)
    expect((await counts()).get('by-mfa')).toBeGreaterThanOrEqual(6)
  })

  it('creates the event from a date range in the Events view', async () => {
    await page().goto(app.url('#/events'))
    await page().getByTestId('event-new').click()
    await page().getByTestId('event-title').fill(EVENT)
    await page().getByTestId('event-description').fill('Protests over fuel prices, the state of emergency and the CSTO deployment.')
    await page().getByTestId('event-from').fill('2022-01-02')
    await page().getByTestId('event-to').fill('2022-01-31')
    await page().getByTestId('event-seed-kind').selectOption('dateRange')
    await app.screenshot('events-new')
    await page().getByTestId('event-submit').click()
    await page().getByTestId('event-item').filter({ hasText: EVENT }).waitFor()
    const [event] = (await app.call('events', 'list')) as EventSummary[]
    expect(event).toMatchObject({ title: EVENT, from: '2022-01-02', to: '2022-01-31', articleCount: 10 })
    expect(event.statementCount).toBeGreaterThanOrEqual(12)
    eventId = event.id
    await expect.poll(() => page().getByTestId('event-speakers').innerText()).toContain(RU)
    expect(await page().getByTestId('event-speakers').innerText()).toContain(BY)
    await app.screenshot('events-list')
  })

  it('compares the two ministries by day in the Compare view', async () => {
    await page().getByTestId('event-compare').click()
    await page().getByTestId('compare-actors').waitFor()
    // The event's two most frequent speakers are preselected.
    await page().getByTestId('compare-grid').waitFor()
    await expect.poll(() => page().getByTestId('compare-column').count()).toBe(2)

    const headers = await page().getByTestId('compare-column').allInnerTexts()
    expect(headers[0]).toContain(RU)
    expect(headers[1]).toContain(BY)
    expect(headers[0]).toMatch(/\d+ statements · /)
    const rows = page().getByTestId('compare-row')
    expect(await rows.count()).toBeGreaterThanOrEqual(5)
    await expect.poll(() => page().locator('td.gap').count()).toBeGreaterThan(0)
    expect(await page().locator('td.gap').first().innerText()).toBe('— no statement —')
    // The recurring phrases come from a worker thread after the first screen: on a loaded machine that takes a while.
    await expect.poll(() => page().locator('[data-testid="card-quote"] mark.phrase').count(), { timeout: 30_000 }).toBeGreaterThan(3)
    await page().getByTestId('compare-phrases').waitFor()
    // A spokesman's statement in his ministry's column is marked as his; a body's is not marked.
    const speakers = await page().getByTestId('card-speaker').allInnerTexts()
    expect(speakers).toContain('Анатолий Глаз')
    expect(speakers.every((name) => !/^(?:Die|Das|Der)\s/u.test(name))).toBe(true)
    await app.screenshot('compare-timeline')
    expect(app.consoleErrors).toEqual([])
  })

  it('keeps the Compare header under 150 px at 1280×800, the output choices in a menu', async () => {
    await page().setViewportSize({ width: 1280, height: 800 })
    await app.screenshot('compare-1280')
    const height = async () => {
      const top = (await page().locator('section.compare-view').boundingBox())!.y
      const toolbar = (await page().locator('section.compare-view .toolbar').boundingBox())!
      return toolbar.y + toolbar.height - top
    }
    expect(await height()).toBeLessThan(150)
    // German labels are longer; the scope's dates still keep to the first row.
    await page().locator('.locale-btn[lang="de"]').click()
    await page().getByText('Drucken & exportieren').waitFor()
    expect(await height()).toBeLessThan(150)
    // The columns are renamed in the app's new language at once.
    await expect.poll(() => page().getByTestId('compare-column').first().locator('.actor').innerText()).toBe('Russisches Außenministerium')
    await app.screenshot('compare-1280-de')
    await page().locator('.locale-btn[lang="en"]').click()
    await page().getByText('Print & export').waitFor()
    await expect.poll(() => page().getByTestId('compare-column').first().locator('.actor').innerText()).toBe(RU)
    await (await output()).getByTestId('compare-docx').waitFor()
    await app.screenshot('compare-output-menu')
    await page().getByTestId('compare-output').click()
    await page().setViewportSize({ width: 1440, height: 900 })
  })

  it("sets Zakharova's own column beside the ministries: her statements move there, with her office in the header", async () => {
    const persons = (await app.call('compare', 'personsInScope', [{ eventId }])) as ScopePerson[]
    const zakharova = persons.find((p) => p.actor.id === 'person:maria-zakharova')
    expect(zakharova?.statements).toBeGreaterThanOrEqual(1)
    const ruBefore = Number(/(\d+) statements/.exec((await page().getByTestId('compare-column').allInnerTexts())[0])![1])

    // The picker lists persons apart from the bodies, each with role and body.
    const option = page().getByTestId('actor-add-persons').locator('option[value="person:maria-zakharova"]')
    expect(await option.innerText()).toMatch(/^Maria Zakharova — Spokesperson, Russian Ministry of Foreign Affairs \(\d+\)$/)
    await page().getByTestId('actor-add').selectOption('person:maria-zakharova')
    await expect.poll(() => page().getByTestId('compare-column').count()).toBe(3)
    const column = page().locator('[data-testid="compare-column"][data-column-id="person:maria-zakharova"]')
    expect(await column.locator('.actor').innerText()).toBe('Maria Zakharova')
    expect(await column.getByTestId('compare-column-office').innerText()).toBe('Spokesperson, Russian Ministry of Foreign Affairs')
    expect(await page().locator('[data-testid="actor-chip"][data-actor-id="person:maria-zakharova"]').innerText()).toContain('Maria Zakharova')
    // Her statements left the ministry's column for hers, where her name is not repeated on each card.
    const counts = (await page().getByTestId('compare-column').allInnerTexts()).map((h) => Number(/(\d+) statements?/.exec(h)?.[1] ?? 0))
    expect(counts[2]).toBe(zakharova!.statements)
    expect(counts[0]).toBe(ruBefore - zakharova!.statements)
    const herCards = page().locator('tbody tr td:nth-child(4) [data-testid="compare-card"]')
    expect(await herCards.count()).toBe(zakharova!.statements)
    expect(await herCards.getByTestId('card-speaker').count()).toBe(0)
    await app.screenshot('compare-person-column')
    await herCards.first().scrollIntoViewIfNeeded()
    await app.screenshot('compare-person-column-cards')
    expect(app.consoleErrors).toEqual([])

    // Back to the two ministries for what follows.
    await page().getByRole('button', { name: 'Remove Maria Zakharova' }).click()
    await expect.poll(() => page().getByTestId('compare-column').count()).toBe(2)
  })

  it('adds a translation to a card, shows it, and links the card to its passage in the reader', async () => {
    const card = page().getByTestId('compare-card').filter({ has: page().locator('[lang="ru"]') }).first()
    await card.getByTestId('card-note-edit').click()
    await card.getByTestId('card-translation-input').fill('We regard the events as an attempt inspired from outside.')
    await card.getByTestId('card-note-input').fill('Wording identical to the Belarusian statement of the same day.')
    await card.getByTestId('card-note-save').click()
    await expect.poll(() => page().getByTestId('card-translation').count()).toBe(1)
    await app.screenshot('compare-note')
    const href = await card.getByTestId('card-source').getAttribute('href')
    expect(href).toMatch(/#\/article\/\d+\?statement=\d+&start=\d+&end=\d+/)
  })

  it('takes a statement out of the event from its card', async () => {
    const count = async () => Number(/(\d+) statements/.exec((await page().getByTestId('compare-column').allInnerTexts())[0])![1])
    const before = await count()
    const card = page().getByTestId('compare-card').first()
    const id = Number(await card.getAttribute('data-statement-id'))
    await card.getByTestId('card-remove').click()
    await expect.poll(count).toBe(before - 1)
    await expect.poll(() => page().locator(`[data-testid="compare-card"][data-statement-id="${id}"]`).count()).toBe(0)
    // Taking it out offers Undo, which puts it back.
    await page().getByTestId('notice-action').filter({ hasText: 'Undo' }).click()
    await expect.poll(count).toBe(before)
    await page().locator(`[data-testid="compare-card"][data-statement-id="${id}"]`).waitFor()
    // Taken out again, for good.
    await page().locator(`[data-testid="compare-card"][data-statement-id="${id}"]`).getByTestId('card-remove').click()
    await expect.poll(count).toBe(before - 1)
    const [event] = (await app.call('events', 'list')) as EventSummary[]
    expect((await app.call('events', 'get', [event.id]) as { statementIds: number[] }).statementIds).not.toContain(id)
  })

  it('switches to themes, accepts a suggested theme and saves the comparison', async () => {
    await page().getByTestId('layout-themes').check({ force: true })
    await expect.poll(() => page().locator('tr.row-suggestion').count()).toBeGreaterThan(0)
    // Suggested themes bring German, Russian and English statements together, titled by a key phrase.
    const labels = await page().locator('tr.row-suggestion .label').allInnerTexts()
    expect(labels.every((l) => l.trim() && !l.includes(' · '))).toBe(true)
    const languages = await page()
      .locator('tr.row-suggestion')
      .evaluateAll((rows) => rows.map((r) => new Set([...r.querySelectorAll('[data-testid="card-quote"]')].map((q) => q.getAttribute('lang'))).size))
    expect(Math.max(...languages)).toBeGreaterThanOrEqual(2)
    // The CSTO mission, which Moscow and Minsk word each their own way (peacekeepers' limited stay; soldiers
    // guarding strategic facilities), is one theme across both columns and all three languages, titled in English.
    const mission = page().locator('tr.row-suggestion').filter({ has: page().locator('.label', { hasText: /CSTO|peacekeep|strategic facilities/i }) })
    expect(await mission.count()).toBe(1)
    const spread = await mission.evaluate((row) => ({
      columns: [...row.querySelectorAll('td')].filter((td) => td.querySelector('[data-testid="compare-card"]')).length,
      languages: new Set([...row.querySelectorAll('[data-testid="card-quote"]')].map((q) => q.getAttribute('lang'))).size,
    }))
    expect(spread).toEqual({ columns: 2, languages: 3 })
    await app.screenshot('compare-themes-suggested')
    await page().getByTestId('suggestion-accept').first().click()
    await expect.poll(() => page().locator('tr.row-theme').count()).toBe(1)
    await page().getByTestId('theme-title').fill('CSTO peacekeeping mission')
    await page().getByTestId('theme-title').press('Enter')
    await page().getByTestId('compare-title').fill('Kazakhstan, January 2022: Moscow and Minsk')
    await page().getByTestId('compare-title').press('Tab')
    await page().getByTestId('compare-save').click()
    await page().waitForURL(/#\/compare\/\d+/)
    const [saved] = (await app.call('compare', 'list')) as SavedComparisonSummary[]
    expect(saved).toMatchObject({ title: 'Kazakhstan, January 2022: Moscow and Minsk', actorIds: ['ru-mfa', 'by-mfa'], layout: 'themes' })
    const model = (await app.call('compare', 'build', [(await app.call('compare', 'get', [saved.id]) as { spec: object }).spec])) as ComparisonModel
    expect(model.rows[0]).toMatchObject({ kind: 'theme', label: 'CSTO peacekeeping mission' })
    expect(model.cards.some((c) => c.translation === 'We regard the events as an attempt inspired from outside.')).toBe(true)
    await app.screenshot('compare-themes-saved')

    // Back to the timeline for printing: side by side by day, long enough for several pages.
    await page().getByTestId('layout-timeline').check({ force: true })
    await page().getByTestId('compare-save').click()
    await expect.poll(async () => ((await app.call('compare', 'list')) as SavedComparisonSummary[])[0].layout).toBe('timeline')
  })

  it('saves the comparison as a PDF with repeated headers, page numbers and sources', async () => {
    await (await output()).getByTestId('compare-pdf').click()
    await page().getByText(/PDF written to /).waitFor()
    const files = (await readdir(OUT)).filter((f) => f.endsWith('.pdf'))
    expect(files).toEqual(['Kazakhstan-January-2022-Moscow-and-Minsk.pdf'])
    pdfPath = join(OUT, files[0])

    const pages = pdfPages(pdfPath)
    expect(pages).toBeGreaterThanOrEqual(2)
    // The table runs up to the page where the sources begin; each of its pages repeats both headers.
    const texts = Array.from({ length: pages }, (_, i) => pdfText(pdfPath, i + 1))
    const sourcesPage = texts.findIndex((t) => /^\s*Sources\s*$/m.test(t)) + 1
    expect(sourcesPage).toBeGreaterThan(0)
    const tablePages: number[] = []
    texts.forEach((text, i) => {
      const p = i + 1
      expect(text, `page ${p} number`).toContain(`Page ${p} of ${pages}`)
      const hasCards = /DIRECT QUOTE|REPORTED SPEECH|PARTIAL QUOTE/.test(text)
      if (p > sourcesPage) return expect(hasCards, `page ${p} after the sources`).toBe(false)
      if (p === sourcesPage && !hasCards) return
      tablePages.push(p)
      expect(text, `page ${p} header`).toContain(RU)
      expect(text, `page ${p} header`).toContain(BY)
    })
    expect(tablePages.length).toBeGreaterThanOrEqual(2)

    const all = pdfText(pdfPath)
    expect(all).toContain('Kazakhstan, January 2022: Moscow and Minsk')
    expect(all).toContain(`Event: ${EVENT}`)
    expect(all).toContain('— no statement —')
    expect(all).toContain('Sources')
    expect(all).toContain('SHA-256 of the capture')
    expect(all).toMatch(/[0-9a-f]{64}/)
    expect(all).toContain('https://ostwelt-nachrichten.example/2022/01/')
    // The translation stands beside its quote, so its lines are the column's.
    expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('We regard the events as an attempt inspired from outside.')
    expect(all).toContain('Captured 2')

    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(OUT, 'page')])
    expect((await readdir(OUT)).filter((f) => f.endsWith('.png')).length).toBe(pages)
  })

  it('sends the report to the system print dialog with its own page numbers', async () => {
    const printed: { html: string; options: HtmlPrintOptions }[] = []
    app.platform.printHtml = async (html: string, options: HtmlPrintOptions) => {
      printed.push({ html, options })
      return true
    }
    await (await output()).getByTestId('compare-paper').selectOption('letter')
    await page().getByTestId('compare-print').click()
    await expect.poll(() => printed.length).toBe(1)
    const [{ html, options }] = printed
    expect(options).toMatchObject({ paper: 'letter', landscape: true, suggestedName: 'Kazakhstan-January-2022-Moscow-and-Minsk.pdf' })
    expect(html).toContain('@page { size: letter landscape;')
    expect(html).toContain('counter(pages)')
    expect(html).not.toMatch(/<script/i)
  })

  it('exports the same comparison as CSV, JSON and standalone HTML without scripts', async () => {
    const [saved] = (await app.call('compare', 'list')) as SavedComparisonSummary[]
    const csv = (await app.call('compare', 'exportCsv', [saved.id])) as string
    expect(csv.startsWith('\uFEFFrow,actor_id,actor,')).toBe(true)
    const json = JSON.parse((await app.call('compare', 'exportJson', [saved.id])) as string) as ComparisonModel & { format: string }
    expect(json.format).toBe('parallax-comparison')
    expect(csv.trimEnd().split('\r\n').length - 1).toBe(json.cards.length)
    const html = (await app.call('compare', 'exportHtml', [saved.id, { paper: 'letter' }])) as string
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('@page { size: letter landscape;')
    expect(eventId).toBeGreaterThan(0)
  })

  it('saves the comparison as a Word briefing from the Compare view', async () => {
    await output()
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByTestId('compare-docx').click()])
    expect(download.suggestedFilename()).toBe('Kazakhstan-January-2022-Moscow-and-Minsk.docx')
    const files = unzipSync(await readFile((await download.path())!))
    const doc = strFromU8(files['word/document.xml'])
    expect(doc).toContain('>Summary<')
    expect(doc).toContain(RU)
    expect(doc).toContain('We regard the events as an attempt inspired from outside.')
    expect(doc).toContain('<w:pStyle w:val="Quote"/>')
    const refs = doc.match(/<w:footnoteReference /g)?.length ?? 0
    expect(refs).toBeGreaterThan(10)
    expect(strFromU8(files['word/footnotes.xml']).replace(/<[^>]+>/g, '')).toMatch(/SHA-256 of the capture: [0-9a-f]{64}/)
    expect(app.consoleErrors).toEqual([])
  })

  it('lists the persons in the Actors view with their office and statements, linked to the Statements view', async () => {
    await page().goto(app.url('#/actors'))
    await page().getByTestId('actors-tab-persons').check({ force: true })
    await page().getByTestId('actors-search').fill('sachar')
    const row = page().locator('[data-testid="person-row"][data-person-id="maria-zakharova"]')
    await row.waitFor()
    expect(await page().getByTestId('person-row').count()).toBe(1)
    expect(await row.getByTestId('person-office').innerText()).toBe('Spokesperson, Russian Ministry of Foreign Affairs · since 2015-08')
    const n = Number(/^(\d+) statements?$/.exec(await row.getByTestId('person-statements').innerText())![1])
    expect(n).toBeGreaterThan(0)
    await app.screenshot('actors-persons')
    await row.getByTestId('person-statements').click()
    await page().waitForURL(/#\/statements/)
    // Only hers: as many as the Actors view counted.
    await expect.poll(() => page().locator('[data-testid="statement-row"]').count()).toBe(n)
    expect(await page().getByTestId('filter-person').innerText()).toContain('Only statements by Maria Zakharova')
    await app.screenshot('statements-person')
    expect(app.consoleErrors).toEqual([])
  })
})
