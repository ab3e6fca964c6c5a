/**
 * The comparison in pages (overview, page, phrases) against the comparison built whole: every page
 * size gives the same rows, the same cards with the same source numbers, each once, and the overview
 * counts what the pages then hold — for both layouts, persons' columns, notes, undated articles, a
 * search scope, and after the library changes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COMPARE_PAGE_CARDS,
  personColumn,
  type ComparisonCard,
  type ComparisonModel,
  type ComparisonPage,
  type ComparisonRow,
  type ComparisonRowSummary,
  type ComparisonSpecInput,
} from '../../../src/shared/api'
import { comparisonAnalysis } from '../../../src/main/core/compare/build-model'
import { ThemesLayout } from '../../../src/main/core/compare/pages/themes-layout'
import type { PhraseFindings, PhraseJob } from '../../../src/main/core/compare/phrase-messages'
import type { PhraseWorker } from '../../../src/main/core/compare/phrase-pool'
import { allTermGroups } from '../../../src/main/core/compare/storage/term-groups'
import { TermIndex } from '../../../src/main/core/compare/text/terms'
import { createServices, type Services } from '../../../src/main/core/services'
import { addArticle } from './library-fixture'

let dir: string
let services: Services

const WORDS = ['Sanktionen', 'Verhandlungen', 'Grenze', 'Truppen', 'Frieden', 'Gespräche', 'Einmischung', 'Souveränität', 'Wahlen', 'Abkommen']

/** A deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

function statement(articleId: number, quote: string, actorId: string | null, personId: string | null, review = 'unreviewed'): number {
  const text = services.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string
  const start = text.indexOf(quote)
  return services.db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, person_id, quote, kind, start_offset, end_offset, review_state)
       VALUES (?, ?, ?, ?, 'direct', ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(articleId, actorId, personId, quote, start, start + quote.length, review) as number
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-compare-paging-'))
  services = createServices({ libraryPath: join(dir, 'library.db'), importWorkers: 1 })
  const random = rng(12)
  const actors = ['ru-mfa', 'by-mfa', 'kz-mfa', 'ru-gov']
  for (let a = 0; a < 60; a++) {
    // Days repeat (several articles a day), a few articles are undated.
    const day = 1 + Math.floor(random() * 40)
    const publishedAt = a % 13 === 5 ? null : new Date(Date.UTC(2022, 0, day, Math.floor(random() * 24))).toISOString()
    const sentences = Array.from({ length: 4 }, (_, i) => `Satz ${i} über ${WORDS[Math.floor(random() * WORDS.length)]} und ${WORDS[Math.floor(random() * WORDS.length)]} in Runde ${a}.`)
    const id = addArticle(services.articles, { title: `Artikel ${a}`, text: sentences.join(' '), publishedAt, language: 'de' })
    for (const s of sentences) {
      if (random() < 0.25) continue
      const person = random() < 0.15 ? 'maria-zakharova' : null
      statement(id, s, person ? 'ru-mfa' : actors[Math.floor(random() * actors.length)], person, random() < 0.05 ? 'rejected' : 'unreviewed')
    }
  }
})

afterAll(async () => {
  await services.close()
  rmSync(dir, { recursive: true, force: true })
})

const withoutHighlights = (c: ComparisonCard) => ({ ...c, highlights: [] })

/** Rows with their parts joined again: the themes layout hands a long row out in parts of a page's worth. */
function joinParts<R extends { part?: { index: number; of: number } }>(rows: readonly R[], join: (into: R, more: R) => void): R[] {
  const out: R[] = []
  for (const { part, ...rest } of rows) {
    const row = structuredClone(rest) as R
    if (part && part.index > 1) join(out.at(-1)!, row)
    else out.push(row)
  }
  return out
}
const joinRows = (rows: readonly ComparisonRow[]) => joinParts(rows, (into, more) => more.cells.forEach((cell, i) => into.cells[i].push(...cell)))
const joinSummaries = (rows: readonly ComparisonRowSummary[]) =>
  joinParts(rows, (into, more) => more.counts.forEach((n, i) => (into.counts[i] += n)))

/** Every page of `size` rows of the complete overview, in order. */
async function allPages(spec: ComparisonSpecInput, size: number) {
  const overview = await services.comparisons.settled(spec)
  const pages = []
  for (let offset = 0; offset < overview.rows.length; offset += size) pages.push(await services.comparisons.page(spec, { offset, limit: size }))
  return { overview, pages }
}

async function expectSameAsWhole(spec: ComparisonSpecInput, model: ComparisonModel, size: number) {
  const { overview, pages } = await allPages(spec, size)
  const rows = pages.flatMap((p) => p.rows)
  const cards = pages.flatMap((p) => p.cards)
  expect(joinRows(rows)).toEqual(model.rows)
  // No row holds more than a page's worth of statements: a long theme row comes in parts, in time order.
  if (spec.layout === 'themes') expect(Math.max(...rows.map((r) => r.cells.flat().length))).toBeLessThanOrEqual(COMPARE_PAGE_CARDS)
  expect(pages.map((p) => p.offset)).toEqual(pages.map((_, i) => i * size))
  // Every card once (a card in several themes comes with each page that shows it), numbered as in the whole.
  const byId = new Map(cards.map((c) => [c.statementId, c]))
  if (spec.layout === 'timeline') expect(cards.length).toBe(byId.size)
  expect([...byId.values()].sort((a, b) => a.statementId - b.statementId)).toEqual(
    model.cards.map(withoutHighlights).sort((a, b) => a.statementId - b.statementId),
  )
  // The overview counts what the pages hold.
  expect(overview.rows).toEqual(rows.map(({ cells, ...r }) => ({ ...r, counts: cells.map((c) => c.length) })))
  expect(joinSummaries(overview.rows)).toEqual(model.rows.map(({ cells, ...r }) => ({ ...r, counts: cells.map((c) => c.length) })))
  expect(overview.cardCount).toBe(model.cards.length)
  expect(overview.columns).toEqual(model.columns)
  expect([overview.title, overview.scopeLabel, overview.layout]).toEqual([model.title, model.scopeLabel, model.layout])
  expect(overview.suggestions).toEqual(model.suggestions)
}

/** The phrases as the whole comparison finds them, and their places in its cards. */
async function expectSamePhrases(spec: ComparisonSpecInput, model: ComparisonModel) {
  const { phrases, highlights } = await services.comparisons.phrases(spec)
  expect(phrases).toEqual(model.phrases)
  expect(highlights).toEqual(model.cards.filter((c) => c.highlights.length).map((c) => ({ statementId: c.statementId, highlights: c.highlights })))
}

describe('comparison in pages', () => {
  const timeline: ComparisonSpecInput = { scope: { from: '2022-01-01', to: '2022-12-31' }, actorIds: ['ru-mfa', 'by-mfa', 'kz-mfa'], layout: 'timeline' }

  it('gives, page by page, exactly the rows and cards of the whole timeline', async () => {
    const model = services.comparisons.build(timeline)
    expect(model.rows.length).toBeGreaterThan(20)
    expect(model.cards.length).toBeGreaterThan(60)
    for (const size of [1, 3, 7, 500]) await expectSameAsWhole(timeline, model, size)
  })

  it('places persons in their own column and keeps the analyst’s notes, as the whole comparison does', async () => {
    const some = services.comparisons.build(timeline).cards.slice(3, 6)
    const spec: ComparisonSpecInput = {
      ...timeline,
      actorIds: [personColumn('maria-zakharova'), 'ru-mfa', 'by-mfa'],
      cardNotes: some.map((c, i) => ({ statementId: c.statementId, note: `Notiz ${i}`, translation: 'translated' })),
    }
    const model = services.comparisons.build(spec)
    expect(model.columns[0].count).toBeGreaterThan(0)
    await expectSameAsWhole(spec, model, 4)
    await expectSamePhrases(spec, model)
    const page = (await allPages(spec, 500)).pages[0]
    expect(page.cards.filter((c) => c.note?.startsWith('Notiz')).length).toBe(some.filter((c) => c.actorId !== 'kz-mfa').length)
  })

  it('covers undated statements (their row last) and a search scope', async () => {
    const all: ComparisonSpecInput = { scope: {}, actorIds: ['ru-mfa', 'kz-mfa', 'ru-gov'], layout: 'timeline' }
    const model = services.comparisons.build(all)
    expect(model.rows.at(-1)!.kind).toBe('undated')
    await expectSameAsWhole(all, model, 5)
    const search: ComparisonSpecInput = { scope: { query: 'sanktion*' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }
    const found = services.comparisons.build(search)
    expect(found.cards.length).toBeGreaterThan(0)
    expect(found.cards.length).toBeLessThan(model.cards.length)
    await expectSameAsWhole(search, found, 2)
    await expectSamePhrases(all, model)
    await expectSamePhrases(search, found)
  })

  it('pages the themes layout, suggestions and the analyst’s themes included', async () => {
    const first = services.comparisons.build(timeline).cards.slice(0, 4).map((c) => c.statementId)
    const spec: ComparisonSpecInput = { ...timeline, layout: 'themes', themes: [{ id: 't1', title: 'Mine', statementIds: first }] }
    const model = services.comparisons.build(spec)
    expect(model.rows[0]).toMatchObject({ kind: 'theme', label: 'Mine' })
    expect(Math.max(...model.rows.map((r) => r.cells.flat().length))).toBeGreaterThan(COMPARE_PAGE_CARDS)
    for (const size of [1, 2, 500]) await expectSameAsWhole(spec, model, size)
    // The long row's parts: numbered, the first with the row's id, in the order of the whole row.
    const parts = (await services.comparisons.settled(spec)).rows.filter((r) => r.part)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.map((r) => r.part)).toEqual(parts.map((_, i) => ({ index: i + 1, of: parts.length })))
    expect(parts.map((r) => r.id)).toEqual(parts.map((_, i) => (i === 0 ? parts[0].id : `${parts[0].id}~${i + 1}`)))
    await expectSamePhrases(spec, model)
  })

  it('gives the phrases and highlights of the whole comparison (found in a worker thread), and a page twice alike', async () => {
    const model = services.comparisons.build(timeline)
    const { phrases, highlights } = await services.comparisons.phrases(timeline)
    expect(phrases).toEqual(model.phrases)
    expect(phrases.length).toBeGreaterThan(0)
    expect(highlights).toEqual(model.cards.filter((c) => c.highlights.length).map((c) => ({ statementId: c.statementId, highlights: c.highlights })))
    expect(await services.comparisons.page(timeline, { offset: 2, limit: 3 })).toEqual(await services.comparisons.page(timeline, { offset: 2, limit: 3 }))
    expect(await services.comparisons.page(timeline, { offset: 10_000, limit: 3 })).toEqual({ offset: 10_000, rows: [], cards: [] })
  })

  it('tries the phrases again after a failure instead of keeping it', async () => {
    const spec = { ...timeline, title: 'Interrupted' }
    // The comparison closed as soon as the job is posted (the cards' words are read in chunks before).
    const worker = (services.comparisons as unknown as { phraseWorker: PhraseWorker }).phraseWorker
    const run = worker.run
    worker.run = (job) => {
      const answer = run.call(worker, job)
      void services.comparisons.close()
      return answer
    }
    try {
      await expect(services.comparisons.phrases(spec)).rejects.toThrow(/closed/)
    } finally {
      worker.run = run
    }
    expect((await services.comparisons.phrases(spec)).phrases).toEqual(services.comparisons.build(spec).phrases)
  })

  it('counts again once the library changes, and refuses what the whole comparison refuses', async () => {
    const before = await services.comparisons.overview(timeline)
    const articleId = addArticle(services.articles, { title: 'Neu', text: 'Ganz neue Worte zur Lage.', publishedAt: '2022-03-30T10:00:00Z', language: 'de' })
    const added = statement(articleId, 'Ganz neue Worte zur Lage.', 'by-mfa', null)
    const after = await services.comparisons.overview(timeline)
    expect(after.cardCount).toBe(before.cardCount + 1)
    expect(after.rows.at(-1)).toMatchObject({ date: '2022-03-30', counts: [0, 1, 0] })
    const last = await services.comparisons.page(timeline, { offset: after.rows.length - 1, limit: 1 })
    expect(last.rows[0].cells[1]).toEqual([added])
    await expectSameAsWhole(timeline, services.comparisons.build(timeline), 6)
    for (const layout of ['timeline', 'themes'] as const) {
      await expect(services.comparisons.overview({ ...timeline, layout, actorIds: ['ru-mfa'] })).rejects.toThrow(/2 to 6/)
      await expect(services.comparisons.overview({ ...timeline, layout, actorIds: ['ru-mfa', 'nobody'] })).rejects.toThrow(/Unknown actor/)
    }
  })
})

/**
 * The themes layout's suggested themes come from the phrase worker; here a worker held in the test's
 * hand (the real analysis, answered when the test says) shows what the window gets meanwhile.
 */
describe('the themes layout while its suggested themes are being found', () => {
  const timeline: ComparisonSpecInput = { scope: { from: '2022-01-01', to: '2022-12-31' }, actorIds: ['ru-mfa', 'by-mfa', 'kz-mfa'], layout: 'timeline' }
  const heading = { title: 'Themes', scopeLabel: '2022' }

  function heldWorker() {
    // The term layer as the service builds it, so that the findings are the whole comparison's.
    const groups = allTermGroups(services.db)
    const terms = new TermIndex(groups)
    const jobs: { job: Omit<PhraseJob, 'id'>; answer: () => void; fail: () => void }[] = []
    const worker = {
      run: (job: Omit<PhraseJob, 'id'>) =>
        new Promise<PhraseFindings>((resolve, reject) =>
          jobs.push({ job, answer: () => resolve(comparisonAnalysis(job.cards, job.topicText, terms, job.themes)), fail: () => reject(new Error('worker stopped')) }),
        ),
    } as unknown as PhraseWorker
    const layout = new ThemesLayout({ db: services.db, worker, heading: () => heading, termGroups: () => ({ signature: 'all', groups }) })
    return { jobs, layout }
  }

  /** Lets the chunked reading of the statements' words run until the job is posted. */
  const posted = async (jobs: unknown[], n: number) => {
    for (let i = 0; i < 100 && jobs.length < n; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(jobs.length).toBe(n)
  }

  it('answers at once with the analyst’s themes, numbered as in the whole, and the rest once found', async () => {
    const ids = services.comparisons.build(timeline).cards.map((c) => c.statementId)
    const spec: ComparisonSpecInput = {
      ...timeline,
      ...heading,
      layout: 'themes',
      themes: [
        { id: 'a', title: 'First', statementIds: ids.slice(10, 14) },
        { id: 'b', title: 'Second', statementIds: [ids[2], ids[40], ids[13]] },
      ],
    }
    const model = services.comparisons.build(spec)
    const { jobs, layout } = heldWorker()

    const pending = await layout.overview(spec, 'en', 0)
    expect(pending.rows.map((r) => r.label)).toEqual(['First', 'Second'])
    expect(pending.rows).toEqual(model.rows.slice(0, 2).map(({ cells, ...r }) => ({ ...r, counts: cells.map((c) => c.length) })))
    expect(pending.analysing).toBe(model.cards.length - 6)
    expect([pending.cardCount, pending.columns, pending.suggestions]).toEqual([model.cards.length, model.columns, []])
    // The theme rows' cards come at once, with the source numbers of the whole comparison.
    const first = await layout.page(spec, { offset: 0, limit: 2 }, 'en')
    expect(first.rows).toEqual(model.rows.slice(0, 2))
    const wanted = new Set(first.rows.flatMap((r) => r.cells.flat()))
    expect(first.cards.sort((a, b) => a.statementId - b.statementId)).toEqual(
      model.cards.filter((c) => wanted.has(c.statementId)).map(withoutHighlights).sort((a, b) => a.statementId - b.statementId),
    )

    // A page past the analyst's themes waits for the worker; so does the whole overview.
    await posted(jobs, 1)
    let later: ComparisonPage | null = null
    const asked = layout.page(spec, { offset: 2, limit: 500 }, 'en').then((p) => (later = p))
    const settled = layout.overview(spec, 'en', Infinity)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(later).toBeNull()
    jobs[0].answer()
    await asked
    const whole = await settled
    expect(whole.analysing).toBeUndefined()
    expect(whole.suggestions).toEqual(model.suggestions)
    expect(joinSummaries(whole.rows)).toEqual(model.rows.map(({ cells, ...r }) => ({ ...r, counts: cells.map((c) => c.length) })))
    expect(joinRows(later!.rows)).toEqual(model.rows.slice(2))
    // Every statement in scope stands in the layout exactly once (the analyst's themes apart, which may share one).
    const placed = model.rows.filter((r) => r.kind !== 'theme').flatMap((r) => r.cells.flat())
    expect(new Set([...placed, ...spec.themes!.flatMap((t) => t.statementIds)])).toEqual(new Set(ids))
    expect(placed.length).toBe(new Set(placed).size)
    expect(await layout.phrases(spec, 'en')).toEqual({
      phrases: model.phrases,
      highlights: model.cards.filter((c) => c.highlights.length).map((c) => ({ statementId: c.statementId, highlights: c.highlights })),
    })
  })

  it('clusters again only when what the themes are made of changed, and after a failure', async () => {
    const spec: ComparisonSpecInput = { ...timeline, ...heading, layout: 'themes' }
    const { jobs, layout } = heldWorker()
    const done = async (n: number) => {
      const whole = layout.overview(spec, 'en', Infinity)
      await posted(jobs, n)
      jobs[n - 1].answer()
      return whole
    }
    const before = await done(1)

    // The library changed, not these statements (a comparison saved, a note): the findings are kept.
    const saved = services.comparisons.save({ ...spec, title: 'Kept' })
    services.comparisons.setCardNote(saved.id, { statementId: services.comparisons.build(spec).cards[0].statementId, note: 'checked' })
    expect(await layout.overview(spec, 'en', 2000)).toEqual({ ...before, generatedAt: expect.any(String) })
    expect(jobs.length).toBe(1)

    // A statement's words changed: clustered again.
    const [id, quote] = services.db.prepare(`SELECT id, quote FROM statements WHERE actor_id = 'by-mfa' ORDER BY id LIMIT 1`).raw().get() as [number, string]
    services.db.prepare('UPDATE statements SET quote = ? WHERE id = ?').run(`${quote} Grenze Grenze`, id)
    await done(2)
    services.db.prepare('UPDATE statements SET quote = ? WHERE id = ?').run(quote, id)

    // The analyst's themes changed: clustered again, without the statements now in a theme.
    const themed = { ...spec, themes: [{ id: 'x', title: 'Mine', statementIds: before.suggestions[0].statementIds }] }
    const again = layout.overview(themed, 'en', Infinity)
    await posted(jobs, 3)
    jobs[2].answer()
    expect((await again).suggestions.flatMap((s) => s.statementIds)).not.toContain(before.suggestions[0].statementIds[0])

    // A worker that fails fails the wait; the next call asks again.
    const other = { ...spec, actorIds: ['ru-mfa', 'by-mfa'] }
    const failing = layout.overview(other, 'en', Infinity)
    await posted(jobs, 4)
    jobs[3].fail()
    await expect(failing).rejects.toThrow(/worker stopped/)
    const retried = layout.overview(other, 'en', Infinity)
    await posted(jobs, 5)
    jobs[4].answer()
    expect((await retried).analysing).toBeUndefined()
    services.comparisons.saved.delete(saved.id)
  })
})
