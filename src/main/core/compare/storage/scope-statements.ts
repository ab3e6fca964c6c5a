import type { CompareScope } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql } from '../../db/sql'
import { chronological } from '../build-model'
import { inChunks } from './in-chunks'
import { CARD_DAY, chosenCondition, columnExpression, scopeConditions } from './statement-cards'

/** A statement of a comparison without its card: where it stands (column, day, order) and its article. */
export interface ScopeStatement {
  statementId: number
  column: number
  articleId: number
  personId: string | null
  date: string | null
  publishedAt: string | null
  start: number
}

/**
 * The statements of a scope for the chosen columns, in the comparison's order, read from the statements
 * alone (their copies of the article's dates, migration 013): no quote, card or article row.
 */
export function scopeStatements(db: Db, scope: CompareScope, keys: readonly string[]): ScopeStatement[] {
  const where = sql.join([chosenCondition(keys), ...scopeConditions(db, scope)], ' AND ')
  const q = sql`SELECT s.id AS statementId, ${columnExpression(keys)} AS "column", s.article_id AS articleId, s.person_id AS personId,
      ${CARD_DAY} AS date, s.article_published AS publishedAt, s.start_offset AS start
    FROM statements s WHERE ${where}`
  return (db.prepare(q.text).all(...q.params) as ScopeStatement[]).sort(chronological)
}

/**
 * The words and language of these statements, in their order, read a chunk at a time with the event loop
 * let go in between (`inChunks`); a statement deleted meanwhile reads as empty: the caller's scope is
 * stale then and is read again.
 */
export async function statementTexts(db: Db, ids: readonly number[]): Promise<{ quote: string; language: string | null }[]> {
  const read = db.prepare(`SELECT s.id, s.quote, s.article_language AS language FROM statements s WHERE s.id IN (SELECT value FROM json_each(?))`)
  const rows = await inChunks(ids, (chunk) => read.all(JSON.stringify(chunk)) as { id: number; quote: string; language: string | null }[])
  const found = new Map(rows.map((r) => [r.id, { quote: r.quote, language: r.language }]))
  return ids.map((id) => found.get(id) ?? { quote: '', language: null })
}
