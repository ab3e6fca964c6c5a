/**
 * The Compare view pages a long comparison: 150 days of statements by two ministries. The first
 * screen holds the first rows and says how many more there are; scrolling the view loads further
 * rows until the last day is there, each day once; the recurring phrases arrive after the cards.
 * The library is filled through the stores (the import path is covered by compare.test.ts);
 * everything the browser sees comes through the real API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMPARE_PAGE_CARDS, type ComparisonOverview, type SavedComparison } from '../../src/shared/api'
import { generatedArticle } from './fixtures/generated'
import { openApp, type AppSession } from './harness/app'

const DAYS = 150
const PHRASE = 'grain corridor must stay open'

let app: AppSession
let saved: SavedComparison

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1280, height: 800 } })
  const { articles, db } = app.services
  const statement = db.prepare(
    `INSERT INTO statements (article_id, actor_id, quote, kind, start_offset, end_offset, origin) VALUES (?, ?, ?, 'direct', ?, ?, 'manual')`,
  )
  articles.batch(() => {
    for (let i = 0; i < DAYS; i++) {
      const { extracted } = generatedArticle(i)
      // One article a day, each quoting both ministries; every tenth day both use the same words.
      const day = new Date(Date.UTC(2023, 0, 1 + i, 9)).toISOString()
      const ru = i % 10 === 0 ? `Moscow said the ${PHRASE} on day ${i}.` : `Moscow commented on item ${i}.`
      const by = i % 10 === 0 ? `Minsk agreed the ${PHRASE} today (${i}).` : `Minsk replied to item ${i}.`
      const text = `${ru} ${by} ${extracted.text}`
      const added = articles.add({ ...extracted, text, publishedAt: day }, null, `/generated/compare-${i}.html`)
      if (added.status !== 'imported') throw new Error(`article ${i} not imported: ${added.status}`)
      statement.run(added.articleId, 'ru-mfa', ru, 0, ru.length)
      statement.run(added.articleId, 'by-mfa', by, ru.length + 1, ru.length + 1 + by.length)
    }
  })
  saved = (await app.call('compare', 'save', [{ title: 'Long comparison', scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }])) as SavedComparison
}, 120_000)

afterAll(async () => {
  await app?.close()
})

const page = () => app.page
const rowIds = () => page().getByTestId('compare-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')))

describe('a long comparison in the Compare view', () => {
  it('shows the first rows at once and says how many follow', async () => {
    const overview = (await app.call('compare', 'overview', [saved.spec])) as ComparisonOverview
    expect(overview.rows.length).toBe(DAYS)
    expect(overview.cardCount).toBe(2 * DAYS)

    await page().goto(app.url(`#/compare/${saved.id}`))
    await page().getByTestId('compare-grid').waitFor()
    await expect.poll(async () => (await rowIds()).length, { timeout: 10_000 }).toBeGreaterThan(5)
    const first = await rowIds()
    expect(first.length).toBeLessThan(DAYS / 2)
    expect(first[0]).toBe('d:2023-01-01')
    await expect(page().getByTestId('compare-more').innerText()).resolves.toMatch(/more rows/)
    await expect(page().getByTestId('compare-summary').innerText()).resolves.toMatch(/300 statements · 150 rows/)
    // The phrases come after the cards, over the whole comparison, and mark the cards already shown.
    await page().getByTestId('compare-phrases').waitFor()
    await expect(page().getByTestId('compare-phrases').innerText()).resolves.toContain('grain corridor')
    await expect.poll(() => page().locator('[data-row-id="d:2023-01-01"] mark.phrase').count(), { timeout: 10_000 }).toBeGreaterThan(1)
    await app.screenshot('compare-paging-first')
  })

  it('loads further rows as the analyst scrolls, each day once, until the last', async () => {
    const body = page().locator('.view-body')
    let before = (await rowIds()).length
    for (let step = 0; step < 40 && (await page().getByTestId('compare-more').count()) > 0; step++) {
      await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
      await expect
        .poll(async () => (await rowIds()).length > before || (await page().getByTestId('compare-more').count()) === 0, { timeout: 10_000 })
        .toBe(true)
      before = (await rowIds()).length
    }
    const ids = await rowIds()
    expect(ids.length).toBe(DAYS)
    expect(new Set(ids).size).toBe(DAYS)
    expect(ids.at(-1)).toBe('d:2023-05-30')
    await expect(page().getByTestId('compare-more').count()).resolves.toBe(0)
    // A card of the last page carries its source number and the phrase marks of the whole comparison.
    await expect(page().locator('[data-row-id="d:2023-05-30"] .ref').first().innerText()).resolves.toBe(`[${DAYS}]`)
    await expect.poll(() => page().locator('[data-row-id="d:2023-05-21"] mark.phrase').count(), { timeout: 10_000 }).toBeGreaterThan(1)
    await app.screenshot('compare-paging-last')
  })

  it('keeps every loaded row when a note is added far down, and shows the note there', async () => {
    const card = page().locator('[data-row-id="d:2023-05-29"]').getByTestId('compare-card').first()
    await card.getByTestId('card-note-edit').click()
    await card.getByTestId('card-note-input').fill('Checked against the ministry’s own site.')
    await card.getByTestId('card-note-save').click()
    await expect
      .poll(() => page().locator('[data-row-id="d:2023-05-29"]').getByTestId('card-note').first().innerText(), { timeout: 10_000 })
      .toContain('Checked against')
    expect((await rowIds()).length).toBe(DAYS)
    expect(app.consoleErrors).toEqual([])
  })

  it('shows the analyst’s theme at once, "Analysing themes…" while the rest is grouped, then every statement once', async () => {
    const mine = app.services.db.prepare('SELECT id FROM statements ORDER BY id LIMIT 3').pluck().all() as number[]
    const themed = (await app.call('compare', 'save', [
      { title: 'Long comparison by theme', scope: {}, actorIds: ['ru-mfa', 'by-mfa'], layout: 'themes', themes: [{ id: 'first', title: 'First days', statementIds: mine }] },
    ])) as SavedComparison
    // The phrase worker held until the test lets it answer, so the window is seen while it works.
    const worker = (app.services.comparisons as unknown as { phraseWorker: { run: (job: unknown) => Promise<unknown> } }).phraseWorker
    const run = worker.run
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    worker.run = async (job) => {
      await held
      return run.call(worker, job)
    }
    try {
      await page().goto(app.url(`#/compare/${themed.id}`))
      await page().getByTestId('compare-analysing').waitFor()
      await expect(page().getByTestId('compare-analysing').innerText()).resolves.toMatch(/Analysing themes: grouping 297 statements/)
      expect(await rowIds()).toEqual(['t:first'])
      await expect(page().locator('[data-row-id="t:first"]').getByTestId('compare-card').count()).resolves.toBe(3)
      // Main answers meanwhile: another comparison's first screen comes at once.
      const other = (await app.call('compare', 'overview', [saved.spec])) as ComparisonOverview
      expect(other.rows.length).toBe(DAYS)
      await app.screenshot('compare-themes-analysing')
    } finally {
      worker.run = run
      release()
    }
    await expect.poll(() => page().getByTestId('compare-analysing').count(), { timeout: 15_000 }).toBe(0)
    const body = page().locator('.view-body')
    for (let step = 0; step < 40 && (await page().getByTestId('compare-more').count()) > 0; step++) {
      const before = (await rowIds()).length
      await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
      await expect
        .poll(async () => (await rowIds()).length > before || (await page().getByTestId('compare-more').count()) === 0, { timeout: 10_000 })
        .toBe(true)
    }
    const ids = await rowIds()
    expect(ids[0]).toBe('t:first')
    expect(ids.some((id) => id!.startsWith('s:'))).toBe(true)
    // Outside the analyst's theme every other statement stands exactly once.
    const placed = await page()
      .locator('[data-testid="compare-row"]:not([data-row-id="t:first"]) [data-testid="compare-card"]')
      .evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-statement-id'))))
    expect(placed.length).toBe(2 * DAYS - 3)
    expect(new Set([...placed, ...mine]).size).toBe(2 * DAYS)
    // A suggestion of more statements than a page holds comes in parts; accepting it takes all of them.
    const second = ids.find((id) => /^s:.*~2$/.test(id!))!
    expect(second).toBeTruthy()
    const first = second.slice(0, -2)
    await expect(page().locator(`[data-row-id="${second}"] .continued`).innerText()).resolves.toMatch(/\(continued, part 2 of \d+\)/)
    await page().locator(`[data-row-id="${second}"] .continued`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await app.screenshot('compare-themes-parts')
    const whole = (await app.call('compare', 'settled', [themed.spec])) as ComparisonOverview
    const suggestion = whole.suggestions.find((s) => `s:${s.id}` === first)!
    expect(suggestion.statementIds.length).toBeGreaterThan(COMPARE_PAGE_CARDS)
    // Accepting it clusters the rest again: the comparison stays on screen, saying so, until that is done.
    const shown = (await rowIds()).length
    let releaseAgain!: () => void
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve))
    worker.run = async (job) => {
      await heldAgain
      return run.call(worker, job)
    }
    try {
      await page().locator(`[data-row-id="${first}"]`).getByTestId('suggestion-accept').click()
      await page().getByTestId('compare-refreshing').waitFor()
      await expect(page().getByTestId('compare-refreshing').innerText()).resolves.toMatch(/updating the suggested themes/)
      expect((await rowIds()).length).toBe(shown)
      await app.screenshot('compare-themes-refreshing')
    } finally {
      worker.run = run
      releaseAgain()
    }
    await expect.poll(() => page().getByTestId('compare-refreshing').count(), { timeout: 15_000 }).toBe(0)
    await expect
      .poll(async () => ((await app.call('compare', 'get', [themed.id])) as SavedComparison).spec.themes.length, { timeout: 10_000 })
      .toBe(2)
    const accepted = ((await app.call('compare', 'get', [themed.id])) as SavedComparison).spec.themes[1]
    expect(accepted.statementIds.sort((a, b) => a - b)).toEqual([...suggestion.statementIds].sort((a, b) => a - b))
    await app.screenshot('compare-themes-settled')
    expect(app.consoleErrors).toEqual([])
  })
})
