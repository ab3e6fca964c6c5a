import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reanchor, quoteSelector } from '../../../src/main/core/statements/anchor'
import { planMerge } from '../../../src/main/core/statements/merge'
import { STATEMENT_ENGINE_VERSION } from '../../../src/main/core/statements/engine-version'
import { StatementService } from '../../../src/main/core/statements/statement-service'
import { StatementStore } from '../../../src/main/core/statements/statement-store'
import type { StatementCandidate } from '../../../src/main/core/statements/types'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import { ArticleStore } from '../../../src/main/core/library/article-store'
import { TagStore } from '../../../src/main/core/library/tag-store'
import { fakeMatcher } from './fake-matcher'

const TEXT =
  'Das russische Außenministerium erklärte, die Lage sei ernst. „Wir handeln“, sagte das belarussische Außenministerium. Die Zeitung „Iswestija“ schwieg.'

const candidate = (text: string, quote: string, extra: Partial<StatementCandidate> = {}): StatementCandidate => {
  const start = text.indexOf(quote)
  return { quote, kind: 'reported', start, end: start + quote.length, cue: null, speaker: null, speakerStart: null, speakerEnd: null, referent: null, channel: null, personId: null, actorId: null, confidence: 0.8, needsReview: false, reasons: [], ...extra }
}

describe('quote selectors', () => {
  it('keep the position while the quote is still there, else find the best-matching occurrence', () => {
    const text = 'A sagte: „Ja.“ B sagte: „Ja.“ C schwieg.'
    const second = text.lastIndexOf('Ja.')
    const sel = quoteSelector(text, second, second + 3)
    expect(reanchor(text, sel, second)).toEqual({ start: second, end: second + 3 })
    const shifted = 'Neu: ' + text.replace('C schwieg', 'C lachte')
    expect(reanchor(shifted, sel, second)).toEqual({ start: second + 5, end: second + 8 })
    expect(reanchor('Ganz anderer Text.', sel, second)).toBeNull()
  })
})

describe('merge plan', () => {
  const text = TEXT
  const a = candidate(text, 'die Lage sei ernst')
  const b = candidate(text, 'Wir handeln', { kind: 'direct' })
  const existing = (quote: string, id: number, extra: object = {}) => {
    const start = text.indexOf(quote)
    return { id, start, end: start + quote.length, origin: 'auto' as const, review: 'unreviewed' as const, corrected: false, ...extra }
  }

  it('updates what is found again, inserts what is new, drops unreviewed statements not found again', () => {
    const plan = planMerge(text, [existing('die Lage sei ernst', 1), existing('Iswestija', 2)], [a, b])
    expect(plan.update.map((u) => u.id)).toEqual([1])
    expect(plan.insert).toEqual([b])
    expect(plan.remove).toEqual([2])
  })

  it('keeps the analyst\'s work and adds nothing over it', () => {
    const plan = planMerge(
      text,
      [existing('die Lage sei ernst', 1, { review: 'rejected' }), existing('Wir handeln', 2, { corrected: true }), existing('Iswestija', 3, { origin: 'manual' })],
      [a, b],
    )
    expect(plan).toMatchObject({ insert: [], update: [], remove: [], keep: [1, 2, 3] })
  })
})

describe('statement store and service', () => {
  let db: Db
  let store: StatementStore
  let tags: TagStore
  let service: StatementService
  let articleId: number

  beforeEach(() => {
    db = openDatabase(':memory:')
    const articles = new ArticleStore(db, ':memory:')
    tags = new TagStore(db)
    db.prepare(
      `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at) VALUES
       ('ru-mfa', 'Russian MFA', 'foreign-ministry', 'ru', 'seed', 'x', 'now', 'now'),
       ('by-mfa', 'Belarusian MFA', 'foreign-ministry', 'by', 'seed', 'x', 'now', 'now')`,
    ).run()
    const added = articles.add(
      { title: 'T', byline: null, siteName: null, url: null, publishedAt: '2022-01-06', language: 'de', excerpt: null, cleanHtml: '', text: TEXT, wordCount: 20, mediaType: 'text/plain' },
      null,
      'test',
    )
    articleId = added.articleId
    store = new StatementStore(db, tags)
    service = new StatementService(db, store, fakeMatcher)
  })
  afterEach(() => db.close())

  it('extracts an article, records the run, and refuses nothing valid', () => {
    const summary = service.extractArticle(articleId)
    expect(summary).toMatchObject({ articles: 1, added: 2, failed: [] })
    expect(store.forArticle(articleId).map((s) => [s.kind, s.actor?.id])).toEqual([
      ['reported', 'ru-mfa'],
      ['direct', 'by-mfa'],
    ])
    expect(db.prepare('SELECT engine FROM statement_runs WHERE article_id = ?').pluck().get(articleId)).toBe(STATEMENT_ENGINE_VERSION)
    expect(service.extractPending()).toMatchObject({ articles: 0 })
  })

  it('marks analyst corrections, validates actors and spans, and takes manual quotes from the text', () => {
    service.extractArticle(articleId)
    const [first] = store.forArticle(articleId)
    expect(store.update(first.id, { note: 'wichtig' })).toMatchObject({ corrected: false, note: 'wichtig' })
    expect(store.update(first.id, { kind: 'direct' })).toMatchObject({ corrected: true, kind: 'direct' })
    expect(() => store.update(first.id, { actorId: 'xx-mfa' })).toThrow(/Actor xx-mfa/)
    expect(() => store.update(first.id, { start: 5, end: 2 })).toThrow(/not within/)
    const moved = store.update(first.id, { start: first.start, end: first.start + 8 })
    expect(moved.quote).toBe(TEXT.slice(first.start, first.start + 8))
    expect(() => store.createManual({ articleId, start: 0, end: TEXT.length + 5 })).toThrow(/not within/)
    const manual = store.createManual({ articleId, start: TEXT.indexOf('Die Zeitung'), end: TEXT.length - 1, actorId: null })
    expect(manual).toMatchObject({ origin: 'manual', review: 'confirmed', kind: 'direct', quote: 'Die Zeitung „Iswestija“ schwieg' })
  })

  it('reviews in bulk, tags with the library\'s tags, filters and deletes', () => {
    service.extractArticle(articleId)
    const ids = store.forArticle(articleId).map((s) => s.id)
    expect(store.setReview(ids, 'confirmed')).toBe(2)
    expect(store.setReview(ids, 'confirmed')).toBe(0)
    const tag = store.addTag([ids[0]], 'Kasachstan')
    expect(store.addTag(ids, 'kasachstan').id).toBe(tag.id)
    expect(store.list({ tagId: tag.id }).total).toBe(2)
    expect(store.list({ actorIds: ['by-mfa'], review: ['confirmed'], kinds: ['direct'] }).items.map((s) => s.quote)).toEqual(['Wir handeln'])
    expect(store.list({ unattributed: true }).total).toBe(0)
    expect(store.list({ text: 'lage' }).items.map((s) => s.id)).toEqual([ids[0]])
    store.removeTag([ids[0]], tag.id)
    expect(store.get(ids[0])!.tags).toEqual([])
    expect(() => store.addTag([999], 'x')).toThrow(/do not exist/)
    // Merging tags keeps the statements' tags too.
    const other = tags.create('Zentralasien')
    store.addTag([ids[0]], 'Zentralasien')
    tags.merge(other.id, tag.id)
    expect(store.get(ids[0])!.tags.map((t) => t.name)).toEqual(['Kasachstan'])
    store.remove(ids[0])
    expect(store.get(ids[0])).toBeNull()
    expect(() => store.remove(ids[0])).toThrow(/does not exist/)
  })

  it('builds no matcher for a run with nothing to read', () => {
    let built = 0
    const counting = new StatementService(db, store, () => (built++, fakeMatcher()))
    expect(counting.extractArticles([])).toMatchObject({ articles: 0, failed: [] })
    expect(built).toBe(0)
    counting.extractArticles([articleId])
    expect(built).toBe(1)
  })

  it('refuses texts far longer than any article, naming the reason, and keeps the article', () => {
    const huge = 'Das Ministerium sagte, die Lage sei ruhig. '.repeat(50_000)
    const id = db.prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('Dump', ?, 'huge', 'test', 'now') RETURNING id").pluck().get(huge) as number
    const summary = service.extractArticles([id])
    expect(summary.failed).toEqual([{ articleId: id, reason: expect.stringMatching(/too long for statement extraction/) }])
    expect(db.prepare('SELECT count(*) FROM articles WHERE id = ?').pluck().get(id)).toBe(1)
  })

  it('reports a failing article and goes on with the others; cancels between articles', () => {
    const summary = service.extractArticles([articleId, 4242])
    expect(summary.failed).toEqual([{ articleId: 4242, reason: expect.stringMatching(/Article 4242/) }])
    expect(summary.added).toBe(2)
    const controller = new AbortController()
    controller.abort()
    expect(service.extractArticles([articleId], { signal: controller.signal })).toMatchObject({ cancelled: true })
  })
})
