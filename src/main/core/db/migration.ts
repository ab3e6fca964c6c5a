import type { Database } from 'better-sqlite3'

/** One schema change. `version` is the file's number; `up` runs inside a transaction. */
export interface Migration {
  readonly version: number
  readonly name: string
  up(db: Database): void
}
