import type { Statement } from 'better-sqlite3'
import type { Db } from '../db/open'

/**
 * Remembers query results until the library changes: by this connection (total_changes) or by
 * another process writing the same file (data_version). Paging through one result computes its
 * count and ranking once.
 */
export class LibraryMemo<T> {
  private readonly dataVersion: Statement
  private readonly changes: Statement
  private readonly entries = new Map<string, T>()
  private version = ''

  constructor(
    db: Db,
    private readonly capacity: number,
  ) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck()
    this.changes = db.prepare('SELECT total_changes()').pluck()
  }

  get(key: string, compute: () => T): T {
    const version = `${this.dataVersion.get()}:${this.changes.get()}`
    if (version !== this.version) {
      this.entries.clear()
      this.version = version
    }
    let value = this.entries.get(key)
    if (value === undefined) {
      value = compute()
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!)
      this.entries.set(key, value)
    }
    return value
  }
}
