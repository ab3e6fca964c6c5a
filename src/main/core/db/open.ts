import Database from 'better-sqlite3'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { createBackup } from './backups'
import { migrate, schemaVersion, type MigrationEvent } from './migrate'
import { migrations } from './migrations'
import { assertParallaxLibrary, assertSqliteFile } from './library-file'

export type Db = Database.Database

export interface OpenOptions {
  readonly?: boolean
  /** Progress of a migration that rebuilds much (the search index of a large library). */
  onMigrationProgress?: (event: MigrationEvent) => void
  /** SQLite's check at opening: quick (default) or full (after an unclean exit). */
  integrity?: 'quick' | 'full'
}

/** How long a statement waits for another connection's write before "database is locked". */
export const BUSY_TIMEOUT_MS = 5000

/**
 * Opens (creating if needed) a library file, tuned for one writer, and migrates it. A file that is
 * not a Parallax library, or fails SQLite's check, is refused before anything is written to it; a
 * library about to be migrated is backed up first.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const onDisk = file !== ':memory:'
  if (onDisk && !options.readonly) mkdirSync(dirname(file), { recursive: true })
  if (onDisk && existsSync(file)) assertSqliteFile(file)
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  try {
    // Neither pragma writes to the file.
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    if (onDisk) assertParallaxLibrary(db, file, options.integrity ?? 'quick')
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
      const version = schemaVersion(db)
      if (onDisk && version > 0 && version < migrations.length) createBackup(db, file, `before-migration-${String(migrations.length).padStart(3, '0')}`)
      migrate(db, undefined, undefined, options.onMigrationProgress)
    }
    return db
  } catch (err) {
    db.close()
    throw err
  }
}
