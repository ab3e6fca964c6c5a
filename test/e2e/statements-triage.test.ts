/**
 * The "needs a speaker" triage queue end to end, in headless Chromium against the built renderer and the real
 * handler map: two articles are seeded with statements as the engine gives them — attributed ones (a ministry;
 * a person who speaks for no body, "Er" → Herbert Diess, carried by dpa) and ones waiting for a speaker (nobody
 * named; found with low confidence). The Statements view shows the attributed ones by default, speaker as written
 * and referent beside the actor, reasons on hover, the publication date; the queue tab shows its count; j/k, c,
 * r and a (the actor typeahead) review the queue and each reviewed statement leaves it; Enter opens the reader;
 * rows sort by date and confidence; the Actors view counts statements and links to them. Then the same in German,
 * and the queue over a real imported article.
 */
import { resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { planMerge } from '../../src/main/core/statements/merge'
import type { StatementCandidate } from '../../src/main/core/statements/types'
import type { StatementCounts, StatementPage, StatementRecord } from '../../src/shared/api'
import { openApp, type AppSession } from './harness/app'

/** A real page whose statements include some with nobody named ("Anwohner berichteten", "Es wurde betont"). */
const FIXTURE = resolve(import.meta.dirname, '../fixtures/statements/triage/de-grenze.html')

const DIESS =
  'VW-Chef Herbert Diess äußerte sich am Montag in Wolfsburg. Er sagte der dpa, die Lage sei ernst.\n\n' +
  'Das russische Außenministerium erklärte, man werde auf die Sanktionen reagieren.\n\n' +
  'Es hieß, alles sei ruhig.'
const MOSKAU =
  'Beobachter sprachen von einer angespannten Lage in Minsk.\n\n' +
  'Ein Sprecher kündigte weitere Gespräche mit Brüssel an.\n\n' +
  '„Wir bleiben bei unserer Linie“, teilte das belarussische Außenministerium mit.'

let app: AppSession
const page = () => app.page
const ids: Record<'diess' | 'ruMfa' | 'nobody' | 'observers' | 'spokesman' | 'byMfa', number> = {} as never

function candidate(text: string, quote: string, extra: Partial<StatementCandidate>): StatementCandidate {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`"${quote}" is not in the text`)
  return {
    quote,
    kind: 'reported',
    start,
    end: start + quote.length,
    cue: null,
    speaker: null,
    speakerStart: null,
    speakerEnd: null,
    referent: null,
    channel: null,
    personId: null,
    actorId: null,
    confidence: 0.8,
    needsReview: false,
    reasons: [],
    ...extra,
  }
}

const speakerAt = (text: string, speaker: string) => ({ speaker, speakerStart: text.indexOf(speaker), speakerEnd: text.indexOf(speaker) + speaker.length })

/** An article with the engine's statements written as extraction writes them; returns the statements. */
function seed(title: string, text: string, publishedAt: string, candidates: StatementCandidate[]): StatementRecord[] {
  const { articles, statements } = app.services
  const articleId = articles.add(
    { title, byline: null, siteName: 'Beispiel-Zeitung', url: null, publishedAt, language: 'de', excerpt: null, cleanHtml: '', text, wordCount: 30, mediaType: 'text/plain' },
    null,
    'test',
  ).articleId
  statements.transaction(() => statements.apply(articleId, text, planMerge(text, [], candidates), []))
  return statements.forArticle(articleId)
}

const counts = () => app.call('statements', 'counts', [{}]) as Promise<StatementCounts>
const statement = (id: number) => app.call('statements', 'get', [id]) as Promise<StatementRecord>
const rows = () => page().getByTestId('statement-row')
const row = (id: number) => page().locator(`[data-testid="statement-row"][data-statement-id="${id}"]`)
const rowIds = async () => (await rows().evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-statement-id')))))
const focusedId = () => page().locator('[data-testid="statement-row"].focused').getAttribute('data-statement-id').then(Number)

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1400, height: 900 } })
  const er = speakerAt(DIESS, 'Er')
  const [diess, ruMfa, nobody] = seed('Diess: Die Lage ist ernst', DIESS, '2024-03-01', [
    candidate(DIESS, 'die Lage sei ernst', {
      ...er,
      referent: 'Herbert Diess',
      channel: 'dpa',
      cue: 'sagte',
      confidence: 0.65,
      reasons: ['reported: Konjunktiv I', 'cue: “sagte” (speech verb)', 'speaker: “Er” = Herbert Diess', 'channel: dpa carried it', 'no actor: a person the registry does not know'],
    }),
    candidate(DIESS, 'man werde auf die Sanktionen reagieren', {
      ...speakerAt(DIESS, 'Das russische Außenministerium'),
      actorId: 'ru-mfa',
      cue: 'erklärte',
      confidence: 0.88,
      reasons: ['reported: Konjunktiv I', 'actor: Russian Ministry of Foreign Affairs (the body is named in the speaker phrase)'],
    }),
    candidate(DIESS, 'alles sei ruhig', { cue: 'Es hieß', confidence: 0.45, needsReview: true, reasons: ['reported: Konjunktiv I', 'speaker: not found'] }),
  ])
  const [observers, spokesman, byMfa] = seed('Minsk bleibt bei seiner Linie', MOSKAU, '2024-02-10', [
    candidate(MOSKAU, 'von einer angespannten Lage in Minsk', { ...speakerAt(MOSKAU, 'Beobachter'), confidence: 0.4, needsReview: true, reasons: ['speaker: “Beobachter”'] }),
    candidate(MOSKAU, 'weitere Gespräche mit Brüssel', {
      ...speakerAt(MOSKAU, 'Ein Sprecher'),
      actorId: 'ru-mfa',
      confidence: 0.45,
      needsReview: true,
      reasons: ['reported: the object of a demand or announcement', 'actor: Russian Ministry of Foreign Affairs (a spokesman, continued from context)'],
    }),
    candidate(MOSKAU, 'Wir bleiben bei unserer Linie', { kind: 'direct', ...speakerAt(MOSKAU, 'das belarussische Außenministerium'), actorId: 'by-mfa', confidence: 0.93 }),
  ])
  Object.assign(ids, { diess: diess.id, ruMfa: ruMfa.id, nobody: nobody.id, observers: observers.id, spokesman: spokesman.id, byMfa: byMfa.id })
})

afterAll(async () => {
  await app?.close()
})

it('shows attributed statements by default, with the speaker as written, its referent, the date and the reasons', async () => {
  expect(await counts()).toEqual({ all: 6, attributed: 3, needsSpeaker: 3 })
  await page().getByRole('link', { name: 'Statements' }).click()
  await page().getByRole('heading', { name: 'Statements', level: 1 }).waitFor()
  expect(await page().getByTestId('queue-attributed').getAttribute('aria-selected')).toBe('true')
  await expect.poll(rowIds).toEqual([ids.diess, ids.ruMfa, ids.byMfa])

  const diess = row(ids.diess)
  expect(await diess.getByTestId('row-speaker').innerText()).toBe('“Er” → Herbert Diess')
  expect(await diess.getByTestId('row-who').innerText()).toContain('no actor')
  expect(await diess.innerText()).toContain('via dpa')
  expect(await diess.getByTestId('row-date').innerText()).toBe('Mar 1, 2024')
  expect(await diess.getByTestId('row-confidence').innerText()).toBe('65%')
  const why = await diess.getByTestId('row-who').getAttribute('title')
  expect(why).toMatch(/^Why:\n• reported: Konjunktiv I\n/u)
  expect(why).toContain('• speaker: “Er” = Herbert Diess')
  expect(await row(ids.ruMfa).getByTestId('row-actor').innerText()).toBe('Russian Ministry of Foreign Affairs')
  expect(await row(ids.ruMfa).getByTestId('row-speaker').innerText()).toBe('“Das russische Außenministerium”')
  expect(await row(ids.byMfa).getByTestId('row-date').innerText()).toBe('Feb 10, 2024')
  await app.screenshot('statements-attributed')
})

it('reviews the triage queue with the keyboard; every reviewed statement leaves it', async () => {
  const queueTab = page().getByTestId('queue-needs-speaker')
  expect(await queueTab.getByTestId('queue-count').innerText()).toBe('3')
  await queueTab.click()
  expect(await queueTab.getAttribute('aria-selected')).toBe('true')
  await expect.poll(rowIds).toEqual([ids.nobody, ids.observers, ids.spokesman])
  expect(await row(ids.nobody).getByTestId('row-who').innerText()).toContain('no speaker found')
  expect(await row(ids.observers).getByTestId('row-confidence').getAttribute('title')).toContain('below the threshold of 50%')
  await app.screenshot('statements-queue')

  // j: the first row; c confirms it and it leaves the queue, the keyboard stays in place (now on the next one).
  await page().keyboard.press('j')
  await expect.poll(focusedId).toBe(ids.nobody)
  await page().keyboard.press('c')
  await expect.poll(rowIds).toEqual([ids.observers, ids.spokesman])
  expect((await statement(ids.nobody)).review).toBe('confirmed')
  await expect.poll(() => queueTab.getByTestId('queue-count').innerText()).toBe('2')
  await expect.poll(focusedId).toBe(ids.observers)

  // j/k move; r rejects.
  await page().keyboard.press('j')
  await expect.poll(focusedId).toBe(ids.spokesman)
  await page().keyboard.press('k')
  await expect.poll(focusedId).toBe(ids.observers)
  await page().keyboard.press('r')
  await expect.poll(rowIds).toEqual([ids.spokesman])
  expect((await statement(ids.observers)).review).toBe('rejected')
  await expect.poll(focusedId).toBe(ids.spokesman)

  // a: the actor typeahead, preset with the speaker as written; choosing an actor confirms the statement.
  await page().keyboard.press('a')
  const picker = page().getByTestId('assign-row').getByTestId('actor-typeahead')
  await expect.poll(() => picker.inputValue()).toBe('Ein Sprecher')
  await picker.fill('belarussisches außenministerium')
  await expect.poll(() => page().getByTestId('assign-row').getByTestId('actor-option').first().getAttribute('data-actor-id')).toBe('by-mfa')
  await app.screenshot('statements-queue-assign')
  await picker.press('Enter')
  await expect.poll(async () => (await statement(ids.spokesman)).actor?.id).toBe('by-mfa')
  expect(await statement(ids.spokesman)).toMatchObject({ review: 'confirmed', corrected: true })
  await expect.poll(() => rows().count()).toBe(0)
  await expect.poll(() => queueTab.getByTestId('queue-count').innerText()).toBe('0')
  expect(await page().getByTestId('statements-empty').innerText()).toContain('Nothing waits for a speaker')
  // The rejected one is in neither queue, only under All.
  expect(await counts()).toEqual({ all: 6, attributed: 5, needsSpeaker: 0 })
  await app.screenshot('statements-queue-empty')
  expect(app.consoleErrors).toEqual([])
})

it('sorts by date and confidence, and opens the focused statement in the reader with Enter', async () => {
  await page().getByTestId('queue-all').click()
  await expect.poll(() => rows().count()).toBe(6)
  await page().getByTestId('sort-date').click()
  await expect.poll(async () => (await rowIds())[0]).toBe(ids.observers)
  expect(await page().getByTestId('sort-date').locator('xpath=..').getAttribute('aria-sort')).toBe('ascending')
  await page().getByTestId('sort-confidence').click()
  const shown = async () => (await rows().getByTestId('row-confidence').allInnerTexts()).map((x) => Number.parseInt(x, 10))
  await expect.poll(async () => (await shown())[0]).toBe(93)
  expect(await shown()).toEqual([...(await shown())].sort((a, b) => b - a))
  await page().getByTestId('sort-confidence').click()
  await expect.poll(async () => (await shown())[0]).toBe(40)
  await app.screenshot('statements-all-by-confidence')
  await page().getByTestId('sort-date').click()

  await page().getByTestId('queue-attributed').click()
  await expect.poll(async () => (await rowIds())[0]).toBe(ids.diess)
  await page().keyboard.press('j')
  await expect.poll(focusedId, { timeout: 15_000 }).toBe(ids.diess)
  await page().keyboard.press('Enter')
  await page().getByTestId('reader').waitFor()
  const item = page().getByTestId('statement-panel').locator(`[data-statement-id="${ids.diess}"]`)
  await expect.poll(() => item.getAttribute('class')).toMatch(/\bfocused\b/)
  expect(await item.getByTestId('statement-speaker').innerText()).toBe('“Er” → Herbert Diess')
  expect(await item.innerText()).toContain('via dpa')
  expect(await item.getByTestId('statement-pick').getAttribute('title')).toContain('• channel: dpa carried it')
  await app.screenshot('statements-reader-speaker')
  expect(app.consoleErrors).toEqual([])
})

it('counts statements per actor in the Actors view and links to them', async () => {
  await page().getByRole('link', { name: 'Actors' }).click()
  await page().getByRole('heading', { name: 'Actors', level: 1 }).waitFor()
  const by = page().locator('[data-testid="actor-row"][data-actor-id="by-mfa"]')
  await expect.poll(() => by.getByTestId('actor-statements').innerText()).toBe('2 statements')
  expect(await page().locator('[data-testid="actor-row"][data-actor-id="ru-mfa"]').getByTestId('actor-statements').innerText()).toBe('1 statement')
  expect(await page().locator('[data-testid="actor-row"][data-actor-id="nato"]').getByTestId('actor-statements').innerText()).toBe('No statements')
  await page().getByTestId('actors-search').fill('belarus')
  await app.screenshot('actors-statement-counts')
  await by.getByTestId('actor-statements').click()
  await page().getByRole('heading', { name: 'Statements', level: 1 }).waitFor()
  expect(await page().getByTestId('queue-all').getAttribute('aria-selected')).toBe('true')
  await expect.poll(async () => (await rowIds()).sort()).toEqual([ids.spokesman, ids.byMfa].sort())
  expect(await page().getByTestId('filter-actor').inputValue()).toBe('by-mfa')
  await page().getByTestId('filter-actor').selectOption('')
  expect(app.consoleErrors).toEqual([])
})

it('speaks German, and triages a real imported article', async () => {
  await app.call('app', 'updateSettings', [{ locale: 'de' }])
  await app.importAndWait([FIXTURE])
  const before = await counts()
  await page().goto(app.url('#/statements'))
  await page().reload()
  await page().getByRole('heading', { name: 'Aussagen', level: 1 }).waitFor()
  const queueTab = page().getByTestId('queue-needs-speaker')
  expect(await queueTab.innerText()).toContain('Sprecher klären')
  await expect.poll(() => queueTab.getByTestId('queue-count').innerText()).toBe(String(before.needsSpeaker))
  await expect.poll(() => rows().count()).toBe(before.attributed)
  expect(before.needsSpeaker).toBeGreaterThan(0)
  const diess = row(ids.diess)
  expect(await diess.getByTestId('row-speaker').innerText()).toBe('„Er“ → Herbert Diess')
  expect(await diess.getByTestId('row-date').innerText()).toBe('01.03.2024')
  expect(await diess.getByTestId('row-who').getAttribute('title')).toMatch(/^Begründung:\n/u)
  await app.screenshot('statements-attributed-de')
  await queueTab.click()
  const queue = (await app.call('statements', 'list', [{ queue: 'needs-speaker' }])) as StatementPage
  expect(queue.total).toBeGreaterThan(0)
  await expect.poll(rowIds).toEqual(queue.items.map((s) => s.id))
  expect(await rows().first().getByTestId('row-date').innerText()).toBe('02.04.2024')
  await app.screenshot('statements-queue-de')

  await app.call('app', 'updateSettings', [{ locale: 'en', theme: 'dark' }])
  await page().reload()
  await page().getByRole('heading', { name: 'Statements', level: 1 }).waitFor()
  await page().getByTestId('queue-attributed').click()
  await expect.poll(() => rows().count()).toBe(before.attributed)
  await page().keyboard.press('j')
  await page().keyboard.press('a')
  await page().getByTestId('assign-row').waitFor()
  await app.screenshot('statements-attributed-dark')
  await page().keyboard.press('Escape')
  await expect.poll(() => page().getByTestId('assign-row').count()).toBe(0)

  // Who said it: a person the library knows, set and cleared from the same row, kept as a correction.
  const id = await focusedId()
  await page().keyboard.press('a')
  await page().getByTestId('assign-person').selectOption('maria-zakharova')
  await expect.poll(async () => (await statement(id)).person?.id).toBe('maria-zakharova')
  expect(await statement(id)).toMatchObject({ person: { name: 'Maria Zakharova' }, corrected: true })
  await expect.poll(() => page().getByTestId('assign-person').inputValue()).toBe('maria-zakharova')
  await page().getByTestId('assign-person').selectOption('')
  await expect.poll(async () => (await statement(id)).person).toBeNull()
  await app.call('app', 'updateSettings', [{ theme: 'light' }])
  expect(app.consoleErrors).toEqual([])
})
