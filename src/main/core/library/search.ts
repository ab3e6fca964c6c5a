import type { Statement } from 'better-sqlite3'
import type { SearchHit, SearchPage, SearchQuery } from '../../../shared/api'
import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { ArticleTags } from './article-tags'
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './article-rows'
import { LibraryMemo } from './library-memo'
import { filterConditions } from './search-filters'
import { shouldWalkSortIndex, SORTS } from './search-plan'
import { toFtsQuery } from './search-query'
import { StatementCache } from './statement-cache'

export const DEFAULT_PAGE_SIZE = 50
const HIT_START = '\uE000'
const HIT_END = '\uE001'
/** Title hits weigh more than body hits; ties go to the older article. */
const RANK = sql.raw('bm25(articles_fts, 5.0, 1.0), articles_fts.rowid')

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
  private readonly counts: LibraryMemo<number>
  private readonly rankings: LibraryMemo<number[]>

  constructor(db: Db) {
    this.statements = new StatementCache(db)
    this.tags = new ArticleTags(db)
    this.counts = new LibraryMemo(db, 100)
    this.rankings = new LibraryMemo(db, 4)
    // One evaluation of the MATCH for the whole page (a prefix term expands once, not per row):
    // the rowid range goes to FTS5, the `+rowid IN` check keeps snippet() to the page's rows.
    this.snippets = db.prepare(`
      SELECT rowid AS id, snippet(articles_fts, -1, '${HIT_START}', '${HIT_END}', '…', 24) AS snippet
      FROM articles_fts
      WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`)
  }

  search(query: SearchQuery): SearchPage {
    const offset = query.offset ?? 0
    const limit = query.limit ?? DEFAULT_PAGE_SIZE
    const match = query.text ? toFtsQuery(query.text) : null
    const filters = filterConditions(query)
    const page = match ? this.textPage(match, filters, query, offset, limit) : this.listPage(filters, query, offset, limit)
    return { total: page.total, offset, hits: this.hits(page.ids, match) }
  }

  private textPage(match: string, filters: SqlFragment[], query: SearchQuery, offset: number, limit: number): PageIds {
    const matches = sql`articles_fts MATCH ${match}`
    const where = sql.join([matches, ...filters], ' AND ')
    // Filters are checked in the narrow articles_facets index, never in the wide article rows.
    const hits =
      filters.length === 0
        ? sql`FROM articles_fts WHERE ${matches}`
        : sql`FROM articles_fts JOIN articles a INDEXED BY articles_facets ON a.id = articles_fts.rowid WHERE ${where}`
    const total = this.count(sql`SELECT count(*) ${hits}`)
    const sort = query.sort ?? 'relevance'

    if (sort === 'relevance') {
      const ranked = sql`SELECT articles_fts.rowid ${hits} ORDER BY ${RANK}`
      // The first page needs only the best few ranks; deeper pages share one full ranking.
      if (offset === 0) return { total, ids: this.ids(sql`${ranked} LIMIT ${limit}`) }
      const all = this.rankings.get(key(ranked), () => this.ids(ranked))
      return { total, ids: all.slice(offset, offset + limit) }
    }

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
  private hits(ids: number[], match: string | null): SearchHit[] {
    if (ids.length === 0) return []
    const rows = this.statements.all<SummaryRow>(
      sql`SELECT ${sql.raw(SUMMARY_COLUMNS)} FROM articles a LEFT JOIN sources s ON s.id = a.source_id
          WHERE a.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    const tags = this.tags.of(ids)
    const snippets = match ? this.snippetsOf(ids, match) : new Map<number, string>()
    return ids.flatMap((id) => {
      const row = byId.get(id)
      return row ? [{ ...toSummary(row, tags.get(id) ?? []), snippet: snippets.get(id) ?? null }] : []
    })
  }

  private snippetsOf(ids: number[], match: string): Map<number, string> {
    const rows = this.snippets.all(match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as {
      id: number
      snippet: string
    }[]
    return new Map(rows.map((r) => [r.id, r.snippet]))
  }
}

const key = (fragment: SqlFragment) => `${fragment.text}\u0000${JSON.stringify(fragment.params)}`
