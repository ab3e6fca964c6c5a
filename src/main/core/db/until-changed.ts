import type { Statement } from 'better-sqlite3'
import type { Db } from './open'

/**
 * Values read from the library (counts), kept until the library changes: any row written on this
 * connection (total_changes(), which counts trigger writes too) or a commit by another connection or
 * process (PRAGMA data_version). Paging through a filtered list then counts its matches once, not per
 * page. Nothing is kept inside a transaction, which may still be rolled back.
 */
export class UntilChanged<T> {
  private stamp = ''
  private readonly values = new Map<string, T>()
  private readonly changes: Statement
  private readonly version: Statement

  constructor(
    private readonly db: Db,
    private readonly max = 200,
  ) {
    this.changes = db.prepare('SELECT total_changes()').pluck()
    this.version = db.prepare('PRAGMA data_version').pluck()
  }

  get(key: string, compute: () => T): T {
    if (this.db.inTransaction) return compute()
    const stamp = `${this.version.get() as number}:${this.changes.get() as number}`
    if (stamp !== this.stamp) {
      this.values.clear()
      this.stamp = stamp
    }
    let value = this.values.get(key)
    if (value === undefined) {
      if (this.values.size >= this.max) this.values.clear()
      value = compute()
      this.values.set(key, value)
    }
    return value
  }

  /** Drops what was kept under `key` (a failed computation, so that the next call tries again). */
  forget(key: string): void {
    this.values.delete(key)
  }
}
