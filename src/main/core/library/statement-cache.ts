import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'
import type { SqlFragment } from '../db/sql'

/**
 * Prepared statements for dynamically built SQL, keyed by their text. Filters only change the
 * number of placeholders, so the set of distinct texts stays small.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>()

  constructor(
    private readonly db: Db,
    private readonly max = 200,
  ) {}

  private get(fragment: SqlFragment): Statement {
    let statement = this.statements.get(fragment.text)
    if (!statement) {
      if (this.statements.size >= this.max) this.statements.clear()
      statement = this.db.prepare(fragment.text)
      this.statements.set(fragment.text, statement)
    }
    return statement
  }

  all<T>(fragment: SqlFragment): T[] {
    return this.get(fragment).pluck(false).all(...fragment.params) as T[]
  }

  /** The first column of every row. */
  column<T>(fragment: SqlFragment): T[] {
    return this.get(fragment).pluck(true).all(...fragment.params) as T[]
  }

  /** The first column of the first row. */
  value<T>(fragment: SqlFragment): T | undefined {
    return this.get(fragment).pluck(true).get(...fragment.params) as T | undefined
  }
}
