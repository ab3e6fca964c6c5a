/**
 * With many matches, statements.list reads a page by walking an index in its order (migration 013)
 * instead of sorting every match, and continues a list after the last row of its previous page (keyset
 * pagination behind the offsets). The page must be exactly the one the plain join and sort gives, for
 * every walked order, any filter and any offset, however the pages are reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StatementFilter } from '../../../src/shared/api'
import { StatementStore } from '../../../src/main/core/statements/statement-store'
import { addArticle, tempLibrary, type TempLibrary } from '../library/helpers'

let lib: TempLibrary
let store: StatementStore
beforeAll(() => {
  lib = tempLibrary()
  store = new StatementStore(lib.db, lib.tags)
  let seed = 42
  const rng = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  lib.db.transaction(() => {
    for (let i = 0; i < 1000; i++) {
      const text = Array.from({ length: 8 }, (_, k) => `Sentence ${k} of article ${i} with some words in it.`).join(' ')
      // Some undated (sorted by import time), many sharing a day (sorted by id, then offset).
      const day = rng() < 0.15 ? null : `2020-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 10)}`
      const id = addArticle(lib, { text, publishedAt: day, language: rng() < 0.5 ? 'de' : 'en' })
      for (let k = 0, n = Math.floor(rng() * 7); k < n; k++) {
        const start = Math.floor(rng() * 300)
        store.insert(id, text, {
          quote: text.slice(start, start + 30), kind: 'direct', start, end: start + 30, cue: null,
          speaker: rng() < 0.5 ? 'the ministry' : null, speakerStart: null, speakerEnd: null, referent: null, channel: null,
          personId: null, actorId: null, confidence: Math.round(rng() * 100) / 100, needsReview: false, reasons: [],
          review: rng() < 0.1 ? 'rejected' : 'unreviewed',
        })
      }
    }
  })()
})
afterAll(() => lib.close())

/** The page as the plain join and sort gives it. */
function expected(filter: StatementFilter): number[] {
  const date = 'coalesce(a.published_at, a.imported_at)'
  const order = {
    'date-desc': `${date} DESC, a.id DESC, s.start_offset, s.id`,
    'date-asc': `${date}, a.id, s.start_offset, s.id`,
    'confidence-desc': `s.confidence DESC, ${date} DESC, a.id DESC, s.start_offset, s.id`,
    'confidence-asc': `s.confidence, ${date} DESC, a.id DESC, s.start_offset, s.id`,
  }[filter.sort ?? 'date-desc']
  const where = [
    filter.language ? `a.language = '${filter.language}'` : '1',
    filter.from ? `a.published_at >= '${filter.from}'` : '1',
    filter.to ? `substr(a.published_at, 1, ${filter.to.length}) <= '${filter.to}'` : '1',
    filter.queue === 'attributed' ? "s.review_state <> 'rejected' AND s.speaker IS NOT NULL AND s.confidence >= 0.5" : '1'].join(' AND ')
  return lib.db
    .prepare(`SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(filter.limit ?? 100, filter.offset ?? 0) as number[]
}

describe('statements.list by date', () => {
  const filters: StatementFilter[] = [
    {},
    { sort: 'date-asc' },
    { offset: 250, limit: 50 },
    { sort: 'date-asc', offset: 900, limit: 100 },
    { language: 'de', offset: 100 },
    { from: '2020-03-01', to: '2020-07', offset: 200 },
    { from: '2020-02-15', to: '2020-08-12', sort: 'date-asc' },
    { sort: 'confidence-desc', offset: 300 },
    { sort: 'confidence-desc', language: 'en', queue: 'attributed' },
  ]
  it.each(filters)('gives the page of the plain join and sort: %j', (filter) => {
    expect(store.counts(filter).all).toBeGreaterThanOrEqual(1000)
    const page = store.list(filter)
    expect(page.items.map((s) => s.id)).toEqual(expected(filter))
  })

  it.each<StatementFilter>([{}, { sort: 'date-asc', language: 'de' }, { sort: 'confidence-desc' }, { queue: 'attributed' }, { sort: 'confidence-asc' }])(
    'gives the same pages turned one after another, jumped to, and after the library changed: %j',
    (filter) => {
      const paging = new StatementStore(lib.db, lib.tags)
      const total = paging.counts(filter).all
      for (let offset = 0; offset < total + 40; offset += 40) {
        expect(paging.list({ ...filter, offset, limit: 40 }).items.map((s) => s.id), `offset ${offset}`).toEqual(expected({ ...filter, offset, limit: 40 }))
      }
      // Jumps between known page ends, backwards and forwards.
      for (const offset of [517, 90, 1203, 41]) expect(paging.list({ ...filter, offset, limit: 25 }).items.map((s) => s.id)).toEqual(expected({ ...filter, offset, limit: 25 }))
      // A new statement in the middle of the order: the kept page ends are dropped, the pages shift.
      const article = lib.db.prepare('SELECT id, text FROM articles ORDER BY id LIMIT 1 OFFSET 500').get() as { id: number; text: string }
      const added = store.insert(article.id, article.text, {
        quote: article.text.slice(0, 30), kind: 'direct', start: 0, end: 30, cue: null, speaker: 'the ministry', speakerStart: null, speakerEnd: null,
        referent: null, channel: null, personId: null, actorId: null, confidence: 0.77, needsReview: false, reasons: [], review: 'unreviewed',
      })
      try {
        for (const offset of [0, 40, 480, 520, 1200]) expect(paging.list({ ...filter, offset, limit: 40 }).items.map((s) => s.id)).toEqual(expected({ ...filter, offset, limit: 40 }))
      } finally {
        store.remove(added)
      }
    },
  )

  it.each<StatementFilter>([{}, { sort: 'date-asc', language: 'de' }, { sort: 'confidence-desc' }, { language: 'en' }, { from: '2020-02-15', to: '2020-08-12' }])(
    'gives a page past the middle, read from the end of the index, as the plain join and sort: %j',
    (filter) => {
      const total = store.list({ ...filter, limit: 1 }).total
      expect(total).toBeGreaterThanOrEqual(1000)
      for (const offset of [Math.floor(total / 2) + 1, total - 100, total - 30, total - 1, total, total + 5]) {
        // A fresh store each time: no page end is known, the jump is made from the end.
        const page = new StatementStore(lib.db, lib.tags).list({ ...filter, offset, limit: 100 })
        expect(page.items.map((s) => s.id)).toEqual(expected({ ...filter, offset, limit: 100 }))
      }
    },
  )

  it('sorts a few matches without walking the library, in the same order', () => {
    const filter: StatementFilter = { queue: 'attributed', language: 'en', offset: 10, limit: 20 }
    expect(store.list(filter).items.map((s) => s.id)).toEqual(expected(filter))
  })
})
