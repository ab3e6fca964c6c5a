import type { SearchQuery } from '../../../shared/api'
import { sql, type SqlFragment } from '../db/sql'

/** The WHERE conditions of a query's filters, on `articles a`; empty when there are none. */
export function filterConditions(query: SearchQuery): SqlFragment[] {
  const conditions: SqlFragment[] = []
  if (query.languages?.length) {
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
