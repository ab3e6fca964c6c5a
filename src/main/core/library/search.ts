import type { Statement } from 'better-sqlite3'
import type { SearchHit, SearchPage, SearchQuery } from '../../../shared/api'
import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { ArticleTags } from './article-tags'
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-rows'
import { LibraryMemo } from './library-memo'
import { filterConditions } from './search-filters'
import { shouldWalkSortIndex, SORTS } from './search-plan'
import { SearchMatcher } from './search-match'
import type { FtsQuery } from './search-query'
import { HIT_END, HIT_START, leadToFirstHit, mergedSnippet } from './search-snippet'
import { StatementCache } from './statement-cache'

export const DEFAULT_PAGE_SIZE = 50
/** Words in a snippet: a line of the list and then some (leadToFirstHit cuts what comes before the hit). */
const SNIPPET_WORDS = 32
/**
 * Columns: title, text, title_stems, text_stems, language. Title hits weigh more than body hits,
 * and a word found in its exact form scores in an exact column and a stem column, so exact forms
 * rank first; a language filter's term weighs nothing. Ties go to the older article.
 */
const BM25_SCORE = sql.raw('bm25(articles_fts, 5.0, 1.0, 2.5, 0.5, 0.0)')
const RANK = sql.raw('score, articles_fts.rowid')
/**
 * bm25 costs about half a microsecond per hit, most of it reading each hit's positions and size:
 * a word in a third of a 100,000-article library takes 15–30 ms to rank in full. A word in more
 * articles than this is ranked among its most recently added hits this many first (a news library
 * grows by date, and among that many hits of one common word the newest are the ones wanted),
 * then the older ones; see rankedPage().
 */
export const RANK_CANDIDATES = 5000

/** How many articles a query finds, and its oldest rank candidate (null: all are candidates). */
interface HitSpan {
  total: number
  oldest: number | null
  /** With filters: the candidates' ids, newest first. */
  candidates: number[] | null
}

interface PageIds {
  total: number
  ids: number[]
}

/**
 * Full-text search and filtered listing, one page at a time. Counting and ordering read only the
 * full-text index and narrow covering indices; wide article rows, tags and snippets are read for
 * the returned page only.
 */
export class LibrarySearch {
  private readonly statements: StatementCache
  private readonly tags: ArticleTags
  private readonly snippets: Statement
  private readonly highlights: Statement
  private readonly counts: LibraryMemo<number>
  private readonly matcher: SearchMatcher
  private readonly rankings: LibraryMemo<number[]>
  private readonly spans: LibraryMemo<HitSpan>
  private readonly rankCandidates: number

  constructor(db: Db, options: { rankCandidates?: number } = {}) {
    this.rankCandidates = options.rankCandidates ?? RANK_CANDIDATES
    this.statements = new StatementCache(db)
    this.tags = new ArticleTags(db)
    this.counts = new LibraryMemo(db, 100)
    this.rankings = new LibraryMemo(db, 4)
    this.spans = new LibraryMemo(db, 20)
    this.matcher = new SearchMatcher(db)
    // One evaluation of the MATCH for the whole page (a prefix term expands once, not per row):
    // the rowid range goes to FTS5, the `+rowid IN` check keeps snippet() to the page's rows.
    // Snippets come from the text, through the column the query's hits are in: the exact text (1)
    // or its stems (3). Letting snippet() try every column would tokenize the text twice per row.
    this.snippets = db.prepare(`
      SELECT rowid AS id, snippet(articles_fts, ?, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_WORDS}) AS snippet
      FROM articles_fts
      WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`)
    // The text as marked by its exact column (1) and its stem column (3), for mergedSnippet().
    this.highlights = db.prepare(`
      SELECT rowid AS id, highlight(articles_fts, 1, '${HIT_START}', '${HIT_END}') AS exact,
        highlight(articles_fts, 3, '${HIT_START}', '${HIT_END}') AS stems
      FROM articles_fts
      WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`)
  }

  search(query: SearchQuery): SearchPage {
    const offset = query.offset ?? 0
    const limit = query.limit ?? DEFAULT_PAGE_SIZE
    const fts = this.matcher.match(query)
    const filters = filterConditions(query, fts !== null)
    const page = fts ? this.textPage(fts, filters, query, offset, limit) : this.listPage(filters, query, offset, limit)
    return { total: page.total, offset, hits: this.hits(page.ids, fts) }
  }

  /**
   * How many articles matching the query's words and filters have an id above `afterId`, i.e.
   * arrived after it. The id bound goes to FTS5 as a rowid range, so only new hits are visited.
   */
  countNewer(query: SearchQuery, afterId: number): number {
    const fts = this.matcher.match(query)
    const filters = [...filterConditions(query, fts !== null), sql`a.id > ${afterId}`]
    if (!fts) return this.statements.value<number>(sql`SELECT count(*) FROM articles a WHERE ${sql.join(filters, ' AND ')}`) ?? 0
    const where = sql.join([sql`articles_fts MATCH ${fts.match}`, sql`articles_fts.rowid > ${afterId}`, ...filters], ' AND ')
    return (
      this.statements.value<number>(
        sql`SELECT count(*) FROM articles_fts JOIN articles a INDEXED BY articles_facets ON a.id = articles_fts.rowid WHERE ${where}`,
      ) ?? 0
    )
  }

  private textPage(fts: FtsQuery, filters: SqlFragment[], query: SearchQuery, offset: number, limit: number): PageIds {
    const matches = sql`articles_fts MATCH ${fts.match}`
    const where = sql.join([matches, ...filters], ' AND ')
    // Filters are checked in the narrow articles_facets index, never in the wide article rows.
    const hits =
      filters.length === 0
        ? sql`FROM articles_fts WHERE ${matches}`
        : sql`FROM articles_fts JOIN articles a INDEXED BY articles_facets ON a.id = articles_fts.rowid WHERE ${where}`
    const sort = query.sort ?? 'relevance'
    if (sort === 'relevance') {
      const span = this.span(hits, filters.length > 0)
      return { total: span.total, ids: this.rankedPage(fts, filters, span, offset, limit) }
    }
    const total = this.count(sql`SELECT count(*) ${hits}`)

    const { orderBy, index, keyInFacets } = SORTS[sort]
    const page = sql`ORDER BY ${sql.raw(orderBy)} LIMIT ${limit} OFFSET ${offset}`
    if (shouldWalkSortIndex(total, this.articleCount(), offset + limit, keyInFacets)) {
      // Many hits: go down the sort order and keep the rows that are hits.
      const isHit = sql`a.id IN (SELECT rowid FROM articles_fts WHERE ${matches})`
      const walkWhere = sql.join([isHit, ...filters], ' AND ')
      return { total, ids: this.ids(sql`SELECT a.id FROM articles a INDEXED BY ${sql.raw(index)} WHERE ${walkWhere} ${page}`) }
    }
    const facets = keyInFacets ? sql.raw('INDEXED BY articles_facets') : sql.raw('')
    return {
      total,
      ids: this.ids(sql`SELECT a.id FROM articles_fts JOIN articles a ${facets} ON a.id = articles_fts.rowid
        WHERE ${where} ${page}`),
    }
  }

  /**
   * Ids of one page in relevance order: by bm25 of the rank expression, which matches the same
   * articles as the match expression (every exact form has its stem in the stem columns) and lets
   * a word's exact form score beside its stems, so the form typed comes first. With more hits than
   * rankCandidates, the newest rankCandidates hits (by id) come first, each part in bm25 order:
   * the first pages then rank only those, and FTS5 reads only their part of the index.
   */
  private rankedPage(fts: FtsQuery, filters: SqlFragment[], span: HitSpan, offset: number, limit: number): number[] {
    const { oldest, candidates } = span
    const ranks = sql`articles_fts MATCH ${fts.rank}`
    const scored = (conditions: SqlFragment[]) =>
      sql`SELECT articles_fts.rowid AS id, ${BM25_SCORE} AS score FROM articles_fts WHERE ${sql.join(conditions, ' AND ')}`
    // Filtered candidates are known by id: checking an id in that list costs less than looking
    // every hit up in articles_facets, and the id range keeps FTS5 to the candidates' part.
    const ranked = sql`${
      candidates
        ? scored([
            ranks,
            sql`articles_fts.rowid BETWEEN ${candidates.at(-1) ?? 0} AND ${candidates[0] ?? 0}`,
            sql`+articles_fts.rowid IN (SELECT value FROM json_each(${JSON.stringify(candidates)}))`,
          ])
        : scored(oldest === null ? [ranks] : [ranks, sql`articles_fts.rowid >= ${oldest}`])
    } ORDER BY ${RANK}`
    const end = offset + limit
    const inCandidates = oldest === null || end <= this.rankCandidates
    // The first page needs only the best few ranks; deeper pages share one ranking.
    if (offset === 0 && inCandidates) return this.ids(sql`${ranked} LIMIT ${limit}`)
    // Past the candidates: every hit in one ranking, the candidates first.
    const everyHit = sql`${
      filters.length === 0
        ? scored([ranks])
        : sql`SELECT articles_fts.rowid AS id, ${BM25_SCORE} AS score FROM articles_fts JOIN articles a INDEXED BY articles_facets
            ON a.id = articles_fts.rowid WHERE ${sql.join([ranks, ...filters], ' AND ')}`
    } ORDER BY articles_fts.rowid < ${oldest ?? 0}, ${RANK}`
    const order = inCandidates ? ranked : everyHit
    return this.rankings.get(key(order), () => this.ids(order)).slice(offset, end)
  }

  /**
   * The number of hits and the rank candidates. Without filters, a count and a walk down the
   * newest hits read only the index. With filters, every hit is looked up in articles_facets: a
   * walk down the newest hits keeps the candidates' ids and, when it reaches the oldest hit, has
   * counted them too. It goes on to twice the candidates (collecting an id costs about what a
   * lookup does) before a separate count is cheaper than collecting the rest.
   */
  private span(hits: SqlFragment, filtered: boolean): HitSpan {
    const newestFirst = sql`SELECT articles_fts.rowid ${hits} ORDER BY articles_fts.rowid DESC`
    return this.spans.get(key(newestFirst), () => {
      const n = this.rankCandidates
      if (filtered) {
        const ids = this.ids(sql`${newestFirst} LIMIT ${2 * n + 1}`)
        const total = ids.length <= 2 * n ? ids.length : this.count(sql`SELECT count(*) ${hits}`)
        return total <= n ? { total, oldest: null, candidates: ids } : { total, oldest: ids[n - 1], candidates: ids.slice(0, n) }
      }
      const total = this.count(sql`SELECT count(*) ${hits}`)
      const oldest = total > n ? this.statements.value<number>(sql`${newestFirst} LIMIT 1 OFFSET ${n - 1}`) : null
      return { total, oldest: oldest ?? null, candidates: null }
    })
  }

  private listPage(filters: SqlFragment[], query: SearchQuery, offset: number, limit: number): PageIds {
    const where = sql.join(filters, ' AND ', '1')
    // Articles picked by id (a tag's list) are looked up in the narrow facets index, not the wide rows.
    const byId = sql.raw(query.tagIds?.length ? 'INDEXED BY articles_facets' : '')
    const all = this.articleCount()
    const total = filters.length === 0 ? all : this.count(sql`SELECT count(*) FROM articles a ${byId} WHERE ${where}`)
    const { orderBy, index } = SORTS[!query.sort || query.sort === 'relevance' ? 'date-desc' : query.sort]
    // Few matching rows are found through the filters' own indices and sorted; otherwise the
    // sort order's index is walked and the filters checked in it.
    const walk = shouldWalkSortIndex(total, all, offset + limit, false)
    const indexed = walk ? sql.raw(`INDEXED BY ${index}`) : byId
    return {
      total,
      ids: this.ids(sql`SELECT a.id FROM articles a ${indexed} WHERE ${where}
        ORDER BY ${sql.raw(orderBy)} LIMIT ${limit} OFFSET ${offset}`),
    }
  }

  private articleCount(): number {
    return this.count(sql`SELECT count(*) FROM articles`)
  }

  private count(fragment: SqlFragment): number {
    return this.counts.get(key(fragment), () => this.statements.value<number>(fragment) ?? 0)
  }

  private ids(fragment: SqlFragment): number[] {
    return this.statements.column<number>(fragment)
  }

  /** Summaries, tags and snippets for one page only: snippets are the costly part of a search. */
  private hits(ids: number[], fts: FtsQuery | null): SearchHit[] {
    if (ids.length === 0) return []
    const rows = this.statements.all<SummaryRow>(
      sql`SELECT ${sql.raw(SUMMARY_COLUMNS)} FROM articles a LEFT JOIN sources s ON s.id = a.source_id
          WHERE a.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    const tags = this.tags.of(ids)
    const snippets = fts ? this.snippetsOf(ids, fts) : new Map<number, string | null>()
    return ids.flatMap((id) => {
      const row = byId.get(id)
      return row ? [{ ...toSummary(row, tags.get(id) ?? []), snippet: snippets.get(id) ?? null }] : []
    })
  }

  private snippetsOf(ids: number[], fts: FtsQuery): Map<number, string | null> {
    const args = [fts.match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)]
    if (fts.exactTerms && fts.stemmedTerms) {
      const rows = this.highlights.all(...args) as { id: number; exact: string; stems: string }[]
      return new Map(rows.map((r) => [r.id, mergedSnippet(r.exact, r.stems, SNIPPET_WORDS)]))
    }
    const column = fts.stemmedTerms ? 3 : 1
    const rows = this.snippets.all(column, ...args) as { id: number; snippet: string }[]
    return new Map(rows.map((r) => [r.id, leadToFirstHit(r.snippet)]))
  }
}

const key = (fragment: SqlFragment) => `${fragment.text}\u0000${JSON.stringify(fragment.params)}`
