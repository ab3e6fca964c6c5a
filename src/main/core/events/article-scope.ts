import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { SearchMatcher } from '../library/search-match'
import { invalid } from './errors'

/** The day after an ISO date: publication times are ISO strings, so `< next day` takes in all of `to`. */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Conditions on `articles a`: publication within an inclusive date range. */
export function dateConditions(from?: string | null, to?: string | null): SqlFragment[] {
  const out: SqlFragment[] = []
  if (from) out.push(sql`a.published_at >= ${from}`)
  if (to) out.push(sql`a.published_at < ${nextDay(to)}`)
  return out
}

/** A tag's id by name (any case); an unknown tag is an error, not an empty scope. */
export function tagId(db: Db, tag: string): number {
  const id = db.prepare('SELECT id FROM tags WHERE name = ? COLLATE NOCASE').pluck().get(tag.trim()) as number | undefined
  if (id === undefined) throw invalid(`There is no tag named “${tag}”.`)
  return id
}

/** Articles carrying the tag. */
export function articleTagCondition(id: number): SqlFragment {
  return sql`a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ${id})`
}

const matchers = new WeakMap<Db, SearchMatcher>()

/**
 * Articles matching a library full-text search — the library search's own matching, word forms included
 * ("Sanktionen" finds "Sanktion"); `articleId` names the column holding the article's id (a statement's
 * `s.article_id` spares a join).
 */
export function searchCondition(db: Db, query: string, articleId: 'a.id' | 's.article_id' = 'a.id'): SqlFragment {
  let matcher = matchers.get(db)
  if (!matcher) matchers.set(db, (matcher = new SearchMatcher(db)))
  const match = matcher.match({ text: query })?.match
  if (!match) throw invalid(`The search “${query}” holds no word to search for.`)
  return sql`${sql.raw(articleId)} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match})`
}
