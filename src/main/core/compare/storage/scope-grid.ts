import { columnPersonId, type CompareScope } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql } from '../../db/sql'
import { CARD_DAY, chosenCondition, columnExpression, scopeConditions } from './statement-cards'

/** One day of a comparison (null: undated), before any card is read. */
export interface GridDay {
  date: string | null
  /** Statements per column. */
  counts: number[]
  /** Distinct articles: the sources the day's row numbers. */
  articles: number
  /** The day's statements, so a page reads its cards by id and never evaluates the scope (a search) again. */
  statementIds: number[]
}

/** A comparison's shape: what the timeline's overview and pages are made of. */
export interface ScopeGrid {
  /** Dated days oldest first, then the undated statements if any. */
  days: GridDay[]
  /** Each person column's latest day in scope: the office its header shows. */
  latest: { personId: string; date: string | null }[]
}

/**
 * The statements of a scope for the chosen columns by day and column, read from the statement indexes
 * alone (an actor's or person's statements, their dates and review state are all in `statements_actor`
 * / `statements_person`): no card, quote or article row is read, and what is kept is a number per statement.
 */
export function scopeGrid(db: Db, scope: CompareScope, keys: readonly string[]): ScopeGrid {
  const where = sql.join([chosenCondition(keys), ...scopeConditions(db, scope)], ' AND ')
  const q = sql`SELECT ${CARD_DAY} AS date, ${columnExpression(keys)} AS col, s.id, s.article_id AS article, s.person_id AS person
    FROM statements s WHERE ${where}`
  const byDay = new Map<string | null, GridDay & { seen: Set<number> }>()
  const latest = new Map<string, string | null>()
  const persons = new Set(keys.map(columnPersonId).filter((id) => id !== null))
  for (const r of db.prepare(q.text).raw().iterate(...q.params) as IterableIterator<[string | null, number, number, number, string | null]>) {
    const [date, column, id, article, person] = r
    let day = byDay.get(date)
    if (!day) byDay.set(date, (day = { date, counts: keys.map(() => 0), articles: 0, statementIds: [], seen: new Set() }))
    day.counts[column]++
    day.statementIds.push(id)
    if (!day.seen.has(article)) {
      day.seen.add(article)
      day.articles++
    }
    if (person !== null && persons.has(person) && date !== null && date > (latest.get(person) ?? '')) latest.set(person, date)
  }
  const days = [...byDay.values()].sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date)))
  return {
    days: days.map(({ date, counts, articles, statementIds }) => ({ date, counts, articles, statementIds })),
    latest: [...latest].map(([personId, date]) => ({ personId, date })),
  }
}
