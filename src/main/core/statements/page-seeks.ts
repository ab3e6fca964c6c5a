import type { StatementSort } from '../../../shared/api'
import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { UntilChanged } from '../db/until-changed'

/** A sort's key, column by column, as the walked index holds it (migration 013); descending where true. */
const KEYS: Partial<Record<StatementSort, [column: string, descending: boolean][]>> = {
  'date-desc': [['s.article_date', true], ['s.article_id', true], ['s.start_offset', false], ['s.id', false]],
  'date-asc': [['s.article_date', false], ['s.article_id', false], ['s.start_offset', false], ['s.id', false]],
  'confidence-desc': [['s.confidence', true], ['s.article_date', true], ['s.article_id', true], ['s.start_offset', false], ['s.id', false]],
}

/** The key columns of a sort that has them, to be selected with a page's rows. */
export function sortKeyColumns(sort: StatementSort): string[] | null {
  return KEYS[sort]?.map(([column]) => column) ?? null
}

/**
 * Keyset pagination behind the list's offsets: where a page of a filter ended, the sort key of its last
 * row is kept (until the library changes), and the next page, or any later offset, seeks to the rows
 * after that key in the walked index instead of skipping every row before it. The API keeps its
 * offsets; turning pages costs the same at row 100,000 as at row 100.
 */
export class PageSeeks {
  private readonly ends: UntilChanged<Map<number, unknown[]>>

  constructor(db: Db) {
    this.ends = new UntilChanged(db)
  }

  /** The nearest known page end at or before `offset`: the condition for the rows after it, and the offset left to skip. */
  seek(list: string, sort: StatementSort, offset: number): { after: SqlFragment; skip: number } | null {
    const keys = KEYS[sort]
    if (!keys || offset === 0) return null
    let best = 0
    let key: unknown[] | undefined
    for (const [end, value] of this.ends.get(list, () => new Map())) {
      if (end <= offset && end > best) [best, key] = [end, value]
    }
    return key ? { after: after(keys, key), skip: offset - best } : null
  }

  /** The sort key of the row at `offset - 1`: where a page ended. */
  remember(list: string, sort: StatementSort, offset: number, key: unknown[]): void {
    if (KEYS[sort] && offset > 0) this.ends.get(list, () => new Map()).set(offset, key)
  }
}

/**
 * The rows after `key` in the sort's order: (a < x) OR (a = x AND (b > y OR …)), led by a bound on the
 * first column (a <= x) that lets SQLite seek in the index.
 */
function after(keys: [string, boolean][], key: unknown[]): SqlFragment {
  const rest = (i: number): SqlFragment => {
    const [column, descending] = keys[i]
    const beyond = sql`${sql.raw(column)} ${sql.raw(descending ? '<' : '>')} ${key[i]}`
    return i === keys.length - 1 ? beyond : sql`(${beyond} OR (${sql.raw(column)} = ${key[i]} AND ${rest(i + 1)}))`
  }
  const [first, descending] = keys[0]
  return sql`${sql.raw(first)} ${sql.raw(descending ? '<=' : '>=')} ${key[0]} AND ${rest(0)}`
}
