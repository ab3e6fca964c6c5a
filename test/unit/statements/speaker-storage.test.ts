/**
 * The speaker fields in the library: the mention's span, its referent, the channel and the reasons are stored
 * as the engine gives them on extraction and re-extraction, the analyst's statements keep theirs; the triage
 * queue ("needs a speaker") and the attributed statements are SQL filters served by an index; counts per
 * queue and per actor; sorting by date and confidence; choosing an actor confirms the statement.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ATTRIBUTION_THRESHOLD, type StatementFilter } from '../../../src/shared/api'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import { ArticleStore } from '../../../src/main/core/library/article-store'
import { TagStore } from '../../../src/main/core/library/tag-store'
import { extractStatements } from '../../../src/main/core/statements'
import { planMerge } from '../../../src/main/core/statements/merge'
import { StatementService } from '../../../src/main/core/statements/statement-service'
import { StatementStore } from '../../../src/main/core/statements/statement-store'
import type { StatementCandidate } from '../../../src/main/core/statements/types'
import { fakeMatcher } from './fake-matcher'

const TEXT =
  'VW-Chef Herbert Diess äußerte sich am Montag in Wolfsburg. Er sagte der dpa, die Lage sei ernst. ' +
  'Das russische Außenministerium erklärte, man werde reagieren. Es hieß, alles sei ruhig.'

const at = (text: string, words: string) => {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`"${words}" is not in the text`)
  return { start, end: start + words.length }
}

const candidate = (text: string, quote: string, extra: Partial<StatementCandidate> = {}): StatementCandidate => ({
  quote,
  kind: 'reported',
  ...at(text, quote),
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
})

const er = (text: string) => {
  const span = at(text, 'Er sagte')
  return { speaker: 'Er', speakerStart: span.start, speakerEnd: span.start + 2 }
}

let db: Db
let articles: ArticleStore
let store: StatementStore

function addArticle(text: string, publishedAt: string | null, title = 'T'): number {
  return articles.add(
    { title, byline: null, siteName: null, url: null, publishedAt, language: 'de', excerpt: null, cleanHtml: '', text, wordCount: 20, mediaType: 'text/plain' },
    null,
    'test',
  ).articleId
}

/** Writes candidates the way the service does (merge plan, then apply). */
function extract(articleId: number, candidates: StatementCandidate[]): void {
  const { text } = store.article(articleId)
  store.transaction(() => {
    const existing = store.existing(articleId)
    const kept = existing.filter((e) => e.origin === 'manual' || e.review !== 'unreviewed' || e.corrected)
    store.apply(articleId, text, planMerge(text, existing, candidates), kept)
  })
}

beforeEach(() => {
  db = openDatabase(':memory:')
  articles = new ArticleStore(db, ':memory:')
  db.prepare(
    `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at) VALUES
     ('ru-mfa', 'Russian MFA', 'foreign-ministry', 'ru', 'seed', 'x', 'now', 'now'),
     ('de-gov', 'German Government', 'government', 'de', 'seed', 'x', 'now', 'now')`,
  ).run()
  store = new StatementStore(db, new TagStore(db))
})
afterEach(() => db.close())

describe('speaker, referent, channel and reasons', () => {
  it('are stored on extraction and replaced on re-extraction', () => {
    const id = addArticle(TEXT, '2024-03-01')
    const reasons = ['reported: Konjunktiv I', 'cue: “sagte” (speech verb)', 'speaker: “Er” = Herbert Diess', 'channel: dpa carried it']
    extract(id, [candidate(TEXT, 'die Lage sei ernst', { ...er(TEXT), referent: 'Herbert Diess', channel: 'dpa', cue: 'sagte', reasons })])
    const [first] = store.forArticle(id)
    expect(first).toMatchObject({ speaker: 'Er', speakerReferent: 'Herbert Diess', channel: 'dpa', reasons, actor: null })
    expect(TEXT.slice(first.speakerStart!, first.speakerEnd!)).toBe('Er')

    // Found again with different findings: the same row, updated (the engine got richer).
    extract(id, [candidate(TEXT, 'die Lage sei ernst', { ...er(TEXT), referent: 'Herbert Diess', channel: null, actorId: 'de-gov', reasons: ['now with an actor'] })])
    const [again] = store.forArticle(id)
    expect(again).toMatchObject({ id: first.id, channel: null, reasons: ['now with an actor'], actor: { id: 'de-gov' } })
  })

  it('drops empty values and a span that does not fit the text or has no speaker', () => {
    const id = addArticle(TEXT, null)
    extract(id, [
      candidate(TEXT, 'die Lage sei ernst', { speaker: ' ', speakerStart: 0, speakerEnd: 2, referent: '', channel: '  ', reasons: ['', 'kept'] }),
      candidate(TEXT, 'man werde reagieren', { speaker: 'Das russische Außenministerium', speakerStart: 5, speakerEnd: TEXT.length + 10 }),
    ])
    const [a, b] = store.forArticle(id)
    expect(a).toMatchObject({ speaker: null, speakerStart: null, speakerEnd: null, speakerReferent: null, channel: null, reasons: ['kept'] })
    expect(b).toMatchObject({ speaker: 'Das russische Außenministerium', speakerStart: null, speakerEnd: null })
  })

  it("leave the analyst's statements as they are, only moving the speaker span with the quote", () => {
    const id = addArticle(TEXT, null)
    extract(id, [candidate(TEXT, 'die Lage sei ernst', { ...er(TEXT), referent: 'Herbert Diess', reasons: ['first'] })])
    const [s] = store.forArticle(id)
    store.setReview([s.id], 'confirmed')
    const shifted = `Aktualisiert.\n\n${TEXT}`
    db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(shifted, id)
    extract(id, [candidate(shifted, 'die Lage sei ernst', { ...er(shifted), referent: 'Someone Else', channel: 'Reuters', reasons: ['second'] })])
    const [kept] = store.forArticle(id)
    expect(kept).toMatchObject({ id: s.id, review: 'confirmed', speakerReferent: 'Herbert Diess', channel: null, reasons: ['first'] })
    expect(shifted.slice(kept.start, kept.end)).toBe('die Lage sei ernst')
    expect(shifted.slice(kept.speakerStart!, kept.speakerEnd!)).toBe('Er')
  })

  it('are written by the service exactly as the engine returns them', () => {
    const id = addArticle(TEXT, '2024-03-01')
    const service = new StatementService(db, store, fakeMatcher)
    service.extractArticle(id)
    const found = extractStatements(TEXT, fakeMatcher(), { language: 'de', date: '2024-03-01' })
    const stored = store.forArticle(id)
    expect(stored.length).toBe(found.length)
    expect(found.length).toBeGreaterThan(0)
    for (const [i, c] of found.entries()) {
      expect(stored[i]).toMatchObject({
        quote: c.quote,
        speaker: c.speaker,
        speakerReferent: c.referent,
        channel: c.channel,
        reasons: c.reasons,
        actor: c.actorId ? { id: c.actorId } : null,
      })
      if (c.speaker && c.speakerStart !== null) expect([stored[i].speakerStart, stored[i].speakerEnd]).toEqual([c.speakerStart, c.speakerEnd])
    }
  })
})

describe('the triage queue and the attributed statements', () => {
  let ids: Record<string, number>

  beforeEach(() => {
    const older = addArticle(TEXT, '2024-01-05', 'Older')
    const newer = addArticle(`${TEXT} Neu.`, '2024-02-10', 'Newer')
    extract(older, [
      // A body, sure: attributed.
      candidate(TEXT, 'man werde reagieren', { speaker: 'Das russische Außenministerium', actorId: 'ru-mfa', confidence: 0.9 }),
      // A private person, no body: attributed all the same.
      candidate(TEXT, 'die Lage sei ernst', { ...er(TEXT), referent: 'Herbert Diess', confidence: 0.7 }),
      // Nobody named: the queue.
      candidate(TEXT, 'alles sei ruhig', { confidence: 0.6 }),
    ])
    extract(newer, [
      // An actor, but unsure: the queue.
      candidate(TEXT, 'man werde reagieren', { speaker: 'Das russische Außenministerium', actorId: 'ru-mfa', confidence: ATTRIBUTION_THRESHOLD - 0.05 }),
      // Exactly at the threshold: attributed.
      candidate(TEXT, 'die Lage sei ernst', { ...er(TEXT), confidence: ATTRIBUTION_THRESHOLD }),
    ])
    const byQuote = (articleId: number, q: string) => store.forArticle(articleId).find((s) => s.quote === q)!.id
    ids = {
      body: byQuote(older, 'man werde reagieren'),
      person: byQuote(older, 'die Lage sei ernst'),
      nobody: byQuote(older, 'alles sei ruhig'),
      unsure: byQuote(newer, 'man werde reagieren'),
      threshold: byQuote(newer, 'die Lage sei ernst'),
    }
  })

  const listed = (filter: StatementFilter) => store.list(filter).items.map((s) => s.id)

  it('splits the statements in two: attributed, and waiting for a speaker', () => {
    expect(listed({ queue: 'needs-speaker' }).sort()).toEqual([ids.nobody, ids.unsure].sort())
    expect(listed({ queue: 'attributed' }).sort()).toEqual([ids.body, ids.person, ids.threshold].sort())
    expect(store.list({}).total).toBe(5)
    expect(store.counts({})).toEqual({ all: 5, attributed: 3, needsSpeaker: 2 })
    // Counts follow the other filters and ignore the queue asked for.
    expect(store.counts({ queue: 'attributed', actorIds: ['ru-mfa'] })).toEqual({ all: 2, attributed: 1, needsSpeaker: 1 })
    expect(store.counts({ from: '2024-02-01' })).toEqual({ all: 2, attributed: 1, needsSpeaker: 1 })
    expect(store.counts({ text: 'diess' })).toEqual({ all: 1, attributed: 1, needsSpeaker: 0 })
    // A stricter threshold sends more to the queue.
    expect(listed({ queue: 'needs-speaker', minConfidence: 0.75 }).sort()).toEqual([ids.nobody, ids.unsure, ids.person, ids.threshold].sort())
  })

  it('lets reviewed statements leave the queue; choosing an actor confirms', () => {
    store.setReview([ids.nobody], 'rejected')
    expect(listed({ queue: 'needs-speaker' })).toEqual([ids.unsure])
    // Rejected: in neither queue, only among all statements.
    expect(listed({ queue: 'attributed' })).not.toContain(ids.nobody)
    expect(store.counts({})).toEqual({ all: 5, attributed: 3, needsSpeaker: 1 })
    store.setReview([ids.nobody], 'confirmed')
    expect(listed({ queue: 'attributed' })).toContain(ids.nobody)
    store.setReview([ids.person], 'rejected')
    expect(listed({ queue: 'attributed' })).not.toContain(ids.person)

    const corrected = store.update(ids.unsure, { actorId: 'de-gov' })
    expect(corrected).toMatchObject({ review: 'confirmed', corrected: true, actor: { id: 'de-gov' } })
    expect(store.counts({}).needsSpeaker).toBe(0)
    // An explicit review state wins; a note alone confirms nothing.
    expect(store.update(ids.person, { actorId: 'ru-mfa', review: 'unreviewed' }).review).toBe('unreviewed')
    expect(store.update(ids.threshold, { note: 'checked later' }).review).toBe('unreviewed')
    // Choosing the actor it already had confirms it too, without marking it corrected.
    expect(store.update(ids.threshold, { actorId: null })).toMatchObject({ review: 'confirmed', corrected: false })
  })

  it('sorts by publication date and by confidence', () => {
    expect(listed({ sort: 'date-desc' }).slice(0, 2).sort()).toEqual([ids.unsure, ids.threshold].sort())
    expect(listed({ sort: 'date-asc' }).slice(-2).sort()).toEqual([ids.unsure, ids.threshold].sort())
    expect(listed({ sort: 'date-asc' })[0]).not.toBe(ids.unsure)
    const conf = store.list({ sort: 'confidence-desc' }).items.map((s) => s.confidence)
    expect(conf).toEqual([...conf].sort((a, b) => b - a))
    expect(listed({ sort: 'confidence-asc' })[0]).toBe(ids.unsure)
    expect(store.list({ sort: 'date-desc' }).items[0].article).toMatchObject({ title: 'Newer', publishedAt: '2024-02-10' })
  })

  it('counts statements per actor', () => {
    expect(store.countByActor()).toEqual({ 'ru-mfa': 2 })
    store.update(ids.nobody, { actorId: 'de-gov' })
    expect(store.countByActor()).toEqual({ 'ru-mfa': 2, 'de-gov': 1 })
  })

  it('asks SQLite, through the triage index, not JavaScript', () => {
    // The SQL the store prepares, explained with the same parameters.
    const prepared: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = ((source: string) => (prepared.push(source), prepare(source))) as typeof db.prepare
    const fresh = new StatementStore(db, new TagStore(db))
    expect(fresh.counts({})).toEqual({ all: 5, attributed: 3, needsSpeaker: 2 })
    expect(fresh.countByActor()).toEqual({ 'ru-mfa': 2 })
    db.prepare = prepare
    const plan = (source: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n')
    const queueCount = prepared.find((p) => /^SELECT count\(\*\)/.test(p) && p.includes("'unreviewed'"))!
    expect(queueCount).not.toMatch(/JOIN articles/)
    expect(plan(queueCount, ATTRIBUTION_THRESHOLD)).toMatch(/COVERING INDEX statements_triage/)
    const perActor = prepared.find((p) => p.includes('GROUP BY actor_id'))!
    expect(plan(perActor)).toMatch(/COVERING INDEX statements_actor/)
  })
})
