/**
 * Statements end to end, in headless Chromium against the built renderer and the real handler map:
 * import a German article quoting the Russian and the Belarusian foreign ministries, see both
 * ministries' statements highlighted in the reader, confirm one with the keyboard, correct an actor
 * with the typeahead, mark a new statement from a selection, and find it in the Statements view.
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { StatementPage, StatementRecord } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'

const FIXTURE = resolve(import.meta.dirname, '../fixtures/statements/de-zwei-ministerien.html')
const NEW_QUOTE = 'Die Lage in Almaty blieb am Montag angespannt.'

let app: AppSession
const page = () => app.page

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1400, height: 900 } })
})

afterAll(async () => {
  await app?.close()
})

async function statementsOf(articleId: number): Promise<StatementRecord[]> {
  return (await app.call('statements', 'forArticle', [articleId])) as StatementRecord[]
}

it('shows, reviews and adds statements in the reader and lists them in the Statements view', async () => {
  await app.importAndWait([FIXTURE])
  const all = (await app.call('statements', 'list', [{}])) as StatementPage
  const articleId = all.items[0].articleId
  const found = await statementsOf(articleId)
  const ru = found.filter((s) => s.actor?.id === 'ru-mfa')
  const by = found.filter((s) => s.actor?.id === 'by-mfa')
  expect(ru.length).toBeGreaterThan(0)
  expect(by.length).toBeGreaterThan(0)

  await page().goto(app.url(`#/article/${articleId}`))
  await page().getByTestId('reader').waitFor()
  const panel = page().getByTestId('statement-panel')
  await expect.poll(() => panel.getByTestId('statement-item').count()).toBe(found.length)
  // Every statement is a highlight in the text, coloured by its actor (the two ministries differ); one without
  // an actor is an open highlight.
  for (const s of found) {
    const mark = page().locator(`.article-text mark[data-ids~="stmt-${s.id}"], .article-text mark[data-ids~="stmt-open-${s.id}"]`).first()
    expect(await mark.count()).toBe(1)
    expect(await mark.innerText()).toBe(s.quote.slice(0, (await mark.innerText()).length))
  }
  const bg = (id: number) =>
    page().locator(`.article-text mark[data-ids~="stmt-${id}"]`).first().evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor)
  expect(await bg(ru[0].id)).not.toBe(await bg(by[0].id))
  expect(await bg(ru[0].id)).toBe(await bg(ru[ru.length - 1].id))
  expect(await panel.locator('[data-actor-id="ru-mfa"]').count()).toBe(ru.length)
  expect(await panel.locator('[data-actor-id="by-mfa"]').count()).toBe(by.length)
  await app.screenshot('statements-reader')

  // Click a Belarusian highlight, confirm it with "c".
  await page().locator(`.article-text mark[data-ids~="stmt-${by[0].id}"]`).first().click()
  const byItem = panel.locator(`[data-statement-id="${by[0].id}"]`)
  await expect.poll(() => byItem.getAttribute('class')).toMatch(/\bfocused\b/)
  await page().keyboard.press('c')
  await expect.poll(() => byItem.getAttribute('data-review')).toBe('confirmed')
  expect((await statementsOf(articleId)).find((s) => s.id === by[0].id)?.review).toBe('confirmed')

  // Next statement with "j", reject it with "r".
  await page().keyboard.press('j')
  const next = found[found.findIndex((s) => s.id === by[0].id) + 1]
  await page().keyboard.press('r')
  await expect.poll(() => panel.locator(`[data-statement-id="${next.id}"]`).getAttribute('data-review')).toBe('rejected')
  await app.screenshot('statements-reader-reviewed')

  // Correct an actor with "a" and the typeahead: first to the Belarusian ministry (by its Russian alias, typed in lower case),
  // then to no actor — the highlight turns into the grey dashed one of statements without an actor.
  const last = ru[ru.length - 1]
  await panel.locator(`[data-statement-id="${last.id}"] button`).first().click()
  await page().keyboard.press('a')
  const picker = panel.getByTestId('actor-typeahead')
  await picker.fill('белорусский мид')
  await expect.poll(() => panel.getByTestId('actor-option').first().getAttribute('data-actor-id')).toBe('by-mfa')
  await picker.press('Enter')
  await expect.poll(async () => (await statementsOf(articleId)).find((s) => s.id === last.id)?.actor?.id).toBe('by-mfa')
  await page().keyboard.press('a')
  await panel.getByTestId('actor-typeahead').fill('')
  await panel.getByTestId('actor-typeahead').press('Enter')
  await expect.poll(() => page().locator(`.article-text mark[data-ids~="stmt-open-${last.id}"]`).count()).toBe(1)
  // It keeps its speaker as written; choosing "no actor" is the analyst's review, so it is confirmed.
  const lastItem = panel.locator(`[data-statement-id="${last.id}"]`)
  expect(await lastItem.innerText()).toContain('no actor')
  if (last.speaker) expect(await lastItem.getByTestId('statement-speaker').innerText()).toContain(`“${last.speaker}”`)
  expect(await lastItem.getAttribute('data-review')).toBe('confirmed')
  await app.screenshot('statements-reader-unattributed')

  // Select a sentence nobody's statement covers, mark it as a statement of an actor found by typeahead.
  await page().evaluate(`(() => {
    const root = document.querySelector('.article-text')
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let node
    while ((node = walker.nextNode()) && !node.data.includes(${JSON.stringify(NEW_QUOTE)})) {}
    const from = node.data.indexOf(${JSON.stringify(NEW_QUOTE)})
    const range = document.createRange()
    range.setStart(node, from)
    range.setEnd(node, from + ${NEW_QUOTE.length})
    getSelection().removeAllRanges()
    getSelection().addRange(range)
  })()`)
  await page().getByTestId('reader-mark-statement').click()
  const form = page().getByTestId('mark-form')
  await form.waitFor()
  await form.getByTestId('actor-typeahead').fill('Europäische Union')
  const option = form.getByTestId('actor-option').first()
  await expect.poll(() => option.getAttribute('data-actor-id')).not.toBe('')
  const actorId = await option.getAttribute('data-actor-id')
  await app.screenshot('statements-mark-form')
  await form.getByTestId('actor-typeahead').press('Enter')
  await form.getByTestId('mark-kind').selectOption('reported')
  await form.getByTestId('mark-save').click()
  await expect.poll(async () => (await statementsOf(articleId)).length).toBe(found.length + 1)
  const created = (await statementsOf(articleId)).find((s) => s.origin === 'manual')!
  expect(created).toMatchObject({ quote: NEW_QUOTE, kind: 'reported', actor: { id: actorId } })
  await expect.poll(() => page().locator(`.article-text mark[data-ids~="stmt-${created.id}"]`).count()).toBe(1)
  await app.screenshot('statements-reader-marked')

  // The Statements view lists it (under All: the rejected one is no attributed statement); filtering by its
  // actor finds it; its row opens the reader there.
  await page().getByRole('link', { name: 'Statements' }).click()
  await page().getByRole('heading', { name: 'Statements', level: 1 }).waitFor()
  await page().getByTestId('queue-all').click()
  const rows = page().getByTestId('statement-row')
  await expect.poll(() => rows.count()).toBe(found.length + 1)
  await page().getByTestId('filter-actor').selectOption(actorId!)
  const ofActor = (await app.call('statements', 'list', [{ actorIds: [actorId] }])) as StatementPage
  expect(ofActor.items.map((s) => s.id)).toContain(created.id)
  await expect.poll(() => rows.count()).toBe(ofActor.total)
  expect(await page().locator(`[data-testid="statement-row"][data-statement-id="${created.id}"]`).count()).toBe(1)
  await app.screenshot('statements-view-filtered')
  await page().getByTestId('filter-actor').selectOption('')
  await expect.poll(() => rows.count()).toBe(found.length + 1)

  // Bulk confirm two Russian rows, then "New event from selection" carries their ids.
  for (const s of ru) await page().locator(`[data-statement-id="${s.id}"]`).getByTestId('row-select').check()
  await page().getByTestId('bulk-confirm').click()
  await expect.poll(async () => (await statementsOf(articleId)).filter((s) => ru.some((r) => r.id === s.id)).every((s) => s.review === 'confirmed')).toBe(true)
  await app.screenshot('statements-view')
  for (const s of ru) await page().locator(`[data-statement-id="${s.id}"]`).getByTestId('row-select').check()
  await page().getByTestId('new-event').click()
  await expect.poll(() => decodeURIComponent(page().url())).toContain(`/events?statements=${ru.map((s) => s.id).join(',')}`)

  // A row jumps to the passage: the reader focuses that statement.
  await page().getByRole('link', { name: 'Statements' }).click()
  await page().locator(`[data-statement-id="${created.id}"]`).getByTestId('row-open').click()
  await page().getByTestId('reader').waitFor()
  await expect.poll(() => page().getByTestId('statement-panel').locator(`[data-statement-id="${created.id}"]`).getAttribute('class')).toMatch(/\bfocused\b/)
  expect(app.consoleErrors).toEqual([])
})

it('adds an actor and an alias in the Actors view, and finds the actor by that alias', async () => {
  await page().getByRole('link', { name: 'Actors' }).click()
  await page().getByRole('heading', { name: 'Actors', level: 1 }).waitFor()
  const rows = page().getByTestId('actor-row')
  await expect.poll(() => rows.count()).toBeGreaterThan(60)

  await page().getByTestId('actors-new').click()
  const form = page().getByTestId('actor-form')
  await form.getByTestId('actor-name').fill('Kazakh Interior Ministry')
  await form.getByTestId('actor-kind').selectOption('ministry')
  await form.getByTestId('actor-country').fill('kz')
  await form.getByTestId('actor-create').click()
  await expect.poll(() => page().getByTestId('actor-form').count()).toBe(0)
  const created = ((await app.call('actors', 'list', [])) as { id: string; name: string; origin: string }[]).find(
    (a) => a.name === 'Kazakh Interior Ministry',
  )!
  expect(created.origin).toBe('user')

  const row = page().locator(`[data-testid="actor-row"][data-actor-id="${created.id}"]`)
  await row.getByTestId('alias-text').fill('МВД Казахстана')
  await row.getByTestId('alias-language').fill('ru')
  await row.getByTestId('alias-add').click()
  await expect.poll(() => row.getByTestId('actor-aliases').innerText()).toContain('МВД Казахстана')
  await app.screenshot('actors-view')

  await page().getByTestId('actors-search').fill('мвд казахстана')
  await expect.poll(() => rows.count()).toBe(1)
  expect(await rows.first().getAttribute('data-actor-id')).toBe(created.id)
  await app.screenshot('actors-search')
  expect(app.consoleErrors).toEqual([])
})
