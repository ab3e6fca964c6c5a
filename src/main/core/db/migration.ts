import type { Database } from 'better-sqlite3'

/** How far a long migration has come (rows rebuilt, say), for a progress line or bar; `unit` names what is counted (articles unless said). */
export type MigrationProgress = (done: number, total: number, unit?: string) => void

/** One schema change. `version` is the file's number; `up` runs inside a transaction. */
export interface Migration {
  readonly version: number
  readonly name: string
  /**
   * Rebuilds a table others refer to (create, copy, drop, rename): foreign keys are off while it runs, or the
   * drop would delete or null the rows that refer to it; they are checked before the migration commits.
   */
  readonly foreignKeysOff?: boolean
  up(db: Database, progress?: MigrationProgress): void
}
