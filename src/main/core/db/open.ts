import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { migrate, type MigrationEvent } from './migrate'

export type Db = Database.Database

export interface OpenOptions {
  readonly?: boolean
  /** Progress of a migration that rebuilds much (the search index of a large library). */
  onMigrationProgress?: (event: MigrationEvent) => void
}

/** Opens (creating if needed) a library file, tuned for one writer, and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
      migrate(db, undefined, undefined, options.onMigrationProgress)
    }
    return db
  } catch (err) {
    db.close()
    throw err
  }
}
