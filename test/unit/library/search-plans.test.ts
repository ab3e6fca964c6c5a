import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchQuery, SortOrder } from '../../../src/shared/api'
import { LibrarySearch } from '../../../src/main/core/library/search'
import { SearchMatcher } from '../../../src/main/core/library/search-match'
import { generateArticles } from '../../../bench/library-corpus'
import { tempLibrary, type TempLibrary } from './helpers'

/**
 * Search picks different plans (walking a sort index, or sorting the hits; counting through the
 * FTS index or a covering index) by how many rows match. Whatever the plan, the result must be
 * what a naive evaluation in JavaScript gives.
 */
interface Row {
  id: number
  publishedAt: string | null
  language: string
  sourceId: number
  title: string
  tags: number[]
}

let lib: TempLibrary
let rows: Row[]
let tagId: number

beforeAll(() => {
  lib = tempLibrary()
  const articles = generateArticles(7)
  lib.articles.batch(() => {
    for (let i = 0; i < 1500; i++) lib.articles.add(articles.next().value!.extracted, null, `/bench/${i}.html`)
  })
  tagId = lib.tags.addToArticles(
    Array.from({ length: 300 }, (_, i) => 1 + i * 5),
    'Tagged',
  ).id
  rows = (
    lib.db
      .prepare(
        `SELECT id, published_at AS publishedAt, language, source_id AS sourceId, title,
           (SELECT json_group_array(tag_id) FROM article_tags WHERE article_id = id) AS tags FROM articles`,
      )
      .all() as (Omit<Row, 'tags'> & { tags: string })[]
  ).map((r) => ({ ...r, tags: JSON.parse(r.tags) as number[] }))
}, 60_000)
afterAll(() => lib.close())

const nocase = (s: string) => s.replace(/[A-Z]/gu, (c) => c.toLowerCase())
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0)
const ORDER: Record<Exclude<SortOrder, 'relevance'>, (a: Row, b: Row) => number> = {
  'date-desc': (a, b) =>
    a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt === null ? 1 : b.publishedAt === null ? -1 : cmp(b.publishedAt, a.publishedAt),
  'date-asc': (a, b) =>
    a.publishedAt === b.publishedAt ? a.id - b.id : a.publishedAt === null ? 1 : b.publishedAt === null ? -1 : cmp(a.publishedAt, b.publishedAt),
  'imported-desc': (a, b) => b.id - a.id,
  title: (a, b) => cmp(nocase(a.title), nocase(b.title)) || a.id - b.id,
}

const BM25 = 'bm25(articles_fts, 5.0, 1.0, 2.5, 0.5, 0.0)'

/**
 * What a search should return. With `rankCandidates`, relevance ranks the newest that many hits
 * (by id) first and the older ones after them, each part by bm25.
 */
function expected(q: SearchQuery, rankCandidates = Infinity): { total: number; ids: number[] } {
  const fts = new SearchMatcher(lib.db).match(q)
  const match = fts?.match ?? null
  // Relevance: bm25 of the rank expression (exact forms scoring beside stems) over every hit.
  const ranked = fts
    ? (lib.db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY ${BM25}, rowid`).pluck().all(fts.rank) as number[])
    : null
  const matching = fts ? new Set(lib.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(fts.match) as number[]) : null
  const byId = new Map(rows.map((r) => [r.id, r]))
  const passes = (r: (typeof rows)[number]) =>
    (!q.languages || q.languages.includes(r.language)) &&
    (!q.sourceIds || q.sourceIds.includes(r.sourceId)) &&
    (!q.tagIds || r.tags.some((t) => q.tagIds!.includes(t))) &&
    (!q.from || (r.publishedAt !== null && r.publishedAt >= q.from)) &&
    (!q.to || (r.publishedAt !== null && r.publishedAt.slice(0, 10) <= q.to))
  // The ranking relies on it: within the filters, the rank expression matches exactly the articles the match expression does.
  if (ranked) expect(new Set(ranked.filter((id) => passes(byId.get(id)!)))).toEqual(new Set([...matching!].filter((id) => passes(byId.get(id)!))))
  const hits = (ranked ? ranked.filter((id) => matching!.has(id)).map((id) => byId.get(id)!) : [...rows]).filter(passes)
  // Without words to rank by, relevance falls back to the newest first.
  const sort = !match && (q.sort ?? 'relevance') === 'relevance' ? 'date-desc' : (q.sort ?? 'relevance')
  if (sort !== 'relevance') hits.sort(ORDER[sort])
  else if (hits.length > rankCandidates) {
    const oldest = hits.map((r) => r.id).sort((a, b) => b - a)[rankCandidates - 1]
    hits.sort((a, b) => Number(a.id < oldest) - Number(b.id < oldest))
  }
  const offset = q.offset ?? 0
  return { total: hits.length, ids: hits.slice(offset, offset + (q.limit ?? 50)).map((r) => r.id) }
}

const texts = [undefined, 'the', 'der', 'и', 'minist*', 'sanctions', '"Federal Foreign Office"', 'Lavrov sabotage', 'Zakharova']
const sorts: SortOrder[] = ['relevance', 'date-desc', 'date-asc', 'imported-desc', 'title']
const filters: SearchQuery[] = [{}, { languages: ['en'] }, { from: '2018-01-01', to: '2019-06-30' }, { tagIds: [] }, { sourceIds: [1, 2, 3] }]

describe('search plans agree with a naive evaluation', () => {
  for (const text of texts) {
    it(`text ${text ?? '(none)'}`, () => {
      for (const sort of sorts) {
        for (const filter of filters) {
          for (const [offset, limit] of [[0, 20], [40, 25], [600, 50]]) {
            const q: SearchQuery = { text, sort, offset, limit, ...filter }
            if (filter.tagIds) q.tagIds = [tagId]
            const got = lib.articles.search(q)
            const want = expected(q)
            const label = JSON.stringify(q)
            expect(got.total, label).toBe(want.total)
            expect(got.hits.map((h) => h.id), label).toEqual(want.ids)
          }
        }
      }
    })
  }

  it('ranks very common words among their newest hits first, on every page', () => {
    const search = new LibrarySearch(lib.db, { rankCandidates: 100 })
    for (const text of ['the', 'der', 'и', 'minist*', 'sanctions', 'Zakharova']) {
      for (const filter of filters) {
        for (const [offset, limit] of [[0, 20], [90, 20], [40, 25], [600, 50]]) {
          const q: SearchQuery = { text, offset, limit, ...filter }
          if (filter.tagIds) q.tagIds = [tagId]
          const got = search.search(q)
          const want = expected(q, 100)
          const label = JSON.stringify(q)
          expect(got.total, label).toBe(want.total)
          expect(got.hits.map((h) => h.id), label).toEqual(want.ids)
        }
      }
    }
    // The bounded ranking is in play: it orders differently from a ranking of every hit.
    expect(expected({ text: 'the' }, 100).ids).not.toEqual(expected({ text: 'the' }).ids)
  })

  it('covers both plans: broad and narrow queries', () => {
    expect(expected({ text: 'the' }).total).toBeGreaterThan(500)
    expect(expected({ text: 'Lavrov sabotage' }).total).toBeLessThan(100)
    expect(expected({ text: 'Lavrov sabotage' }).total).toBeGreaterThan(0)
  })
})
