import type { Database } from 'better-sqlite3'
import { registerSearchFunctions } from '../library/search-functions'
import type { Migration } from './migration'
import { migrations as allMigrations } from './migrations'

/** A long migration's progress: which migration, and how far it has come. */
export interface MigrationEvent {
  version: number
  name: string
  done: number
  total: number
  /** What done and total count: "articles", "statement rows", … */
  unit: string
}

export class LibraryVersionError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This library was written by a newer version of Parallax (schema ${fileVersion}; this version knows up to ${supportedVersion}). ` +
        'Update Parallax to open it; the file was not changed.',
    )
    this.name = 'LibraryVersionError'
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema up to `target` (default: the newest), one transaction per migration.
 * `onProgress` hears from migrations that rebuild much (the search index, on a large library).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
  target?: number,
  onProgress?: (event: MigrationEvent) => void,
): number {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering has a gap or duplicate at ${m.version} (${m.name})`)
  })
  const newest = sorted.length
  const goal = target ?? newest
  const current = schemaVersion(db)
  if (current > newest) throw new LibraryVersionError(current, newest)
  // Triggers (and migrations) call these, so any connection that migrates can also write.
  registerSearchFunctions(db)
  for (const m of sorted) {
    if (m.version <= current || m.version > goal) continue
    // IMMEDIATE, and the version read again inside: a second process opening the library at the same
    // moment waits for this migration and then finds it done instead of running it twice.
    // The pragma is a no-op inside a transaction, so it is set around it.
    const keys = m.foreignKeysOff ? (db.pragma('foreign_keys', { simple: true }) as number) : 0
    if (keys) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        if (schemaVersion(db) >= m.version) return
        m.up(db, onProgress && ((done, total, unit = 'articles') => onProgress({ version: m.version, name: m.name, done, total, unit })))
        if (m.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length) throw new Error(`Migration ${m.version} (${m.name}) left rows whose references point nowhere`)
        db.pragma(`user_version = ${m.version}`)
      }).immediate()
    } finally {
      if (keys) db.pragma('foreign_keys = ON')
    }
  }
  return schemaVersion(db)
}
