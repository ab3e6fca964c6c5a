/**
 * With many matches, statements.list reads a date-sorted page by walking the articles in date order
 * (migration 012) instead of sorting every match. The page must be exactly the one the plain join and
 * sort gives, for both date orders, any filter and any offset.
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
  const desc = (filter.sort ?? 'date-desc') === 'date-desc'
  const date = 'coalesce(a.published_at, a.imported_at)'
  const order = desc ? `${date} DESC, a.id DESC, s.start_offset, s.id` : `${date}, a.id, s.start_offset, s.id`
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
  ]
  it.each(filters)('gives the page of the plain join and sort: %j', (filter) => {
    expect(store.counts(filter).all).toBeGreaterThanOrEqual(1000)
    const page = store.list(filter)
    expect(page.items.map((s) => s.id)).toEqual(expected(filter))
  })

  it('sorts a few matches without walking the library, in the same order', () => {
    const filter: StatementFilter = { queue: 'attributed', language: 'en', offset: 10, limit: 20 }
    expect(store.list(filter).items.map((s) => s.id)).toEqual(expected(filter))
  })
})
