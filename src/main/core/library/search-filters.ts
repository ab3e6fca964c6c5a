import type { SearchQuery } from '../../../shared/api'
import { sql, type SqlFragment } from '../db/sql'

/**
 * The languages of a query's filter as the full-text index holds them (a language column since
 * migration 015: one token per article for a two-letter code), or null when the filter is not all
 * such codes or there is none: then the filter is a condition on the article rows.
 */
export function indexedLanguages(query: SearchQuery): string[] | null {
  const codes = query.languages?.map((l) => l.toLowerCase()) ?? []
  return codes.length > 0 && codes.every((c) => /^[a-z]{2}$/u.test(c)) ? codes : null
}

/**
 * The WHERE conditions of a query's filters, on `articles a`; empty when there are none. With
 * `inMatch`, a language filter the index holds is left to the MATCH expression (SearchMatcher).
 */
export function filterConditions(query: SearchQuery, inMatch = false): SqlFragment[] {
  const conditions: SqlFragment[] = []
  if (query.languages?.length && !(inMatch && indexedLanguages(query))) {
    conditions.push(sql`a.language IN (${sql.join(query.languages.map((l) => sql`${l.toLowerCase()}`), ', ')})`)
  }
  if (query.sourceIds?.length) {
    conditions.push(sql`a.source_id IN (SELECT value FROM json_each(${JSON.stringify(query.sourceIds)}))`)
  }
  if (query.tagIds?.length) {
    // Any of the tags: the filters of one kind widen, different kinds narrow.
    conditions.push(sql`a.id IN (SELECT article_id FROM article_tags
      WHERE tag_id IN (SELECT value FROM json_each(${JSON.stringify(query.tagIds)})))`)
  }
  // Dates are ISO strings, so comparing text compares time; `to` includes the whole day.
  if (query.from) conditions.push(sql`a.published_at >= ${query.from}`)
  if (query.to) conditions.push(sql`a.published_at < ${nextDay(query.to)}`)
  return conditions
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
