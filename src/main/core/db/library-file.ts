/**
 * What a file is before Parallax writes to it: a new library, a Parallax library, or something to
 * refuse — not SQLite, another program's SQLite database, a damaged library. Reading the header and
 * the schema and SQLite's quick_check change nothing, so a refused file is left exactly as it was
 * (the journal mode is switched to WAL only after this says yes).
 */
import { closeSync, openSync, readSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { checkIntegrity } from './integrity'
import { LibraryRefusedError } from './library-errors'
import { LibraryVersionError } from './migrate'
import { migrations } from './migrations'

const SQLITE_MAGIC = 'SQLite format 3\u0000'

/** The first 16 bytes of the file are SQLite's signature (an empty file is a new library). */
export function assertSqliteFile(file: string): void {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(16)
    const read = readSync(fd, head, 0, 16, 0)
    if (read === 0) return
    if (read < 16 || head.toString('latin1') !== SQLITE_MAGIC)
      throw new LibraryRefusedError('not-sqlite', `${file} is not a Parallax library (not an SQLite database); it was not changed.`)
  } finally {
    closeSync(fd)
  }
}

/**
 * Refuses a database that belongs to another program (tables, but not Parallax's) and a library that
 * fails SQLite's check (`mode`: quick at every open, full after an unclean exit).
 */
export function assertParallaxLibrary(db: Database, file: string, mode: 'quick' | 'full'): void {
  let tables: string[]
  try {
    tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  } catch (err) {
    throw damaged(file, [err instanceof Error ? err.message : String(err)])
  }
  const version = db.pragma('user_version', { simple: true }) as number
  const isNew = tables.length === 0 && version === 0
  // A newer Parallax's library: refused by its version, before anything (the WAL switch) touches it.
  if (version > migrations.length) throw new LibraryVersionError(version, migrations.length)
  if (!isNew && !(version > 0 && tables.includes('articles')))
    throw new LibraryRefusedError('foreign', `${file} is not a Parallax library (an SQLite database of another program); it was not changed.`)
  if (isNew) return
  const problems = checkIntegrity(db, mode)
  if (problems.length) throw damaged(file, problems)
}

function damaged(file: string, problems: string[]): LibraryRefusedError {
  return new LibraryRefusedError(
    'damaged',
    `The library ${file} is damaged (${problems.slice(0, 3).join('; ')}). It was not changed. ` +
      'Restore a backup (File ▸ Restore…, or `parallax restore`).',
  )
}
