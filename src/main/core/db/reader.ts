import Database from 'better-sqlite3'
import { BUSY_TIMEOUT_MS, type Db } from './open'

/**
 * A second, read-only connection to a library this process already has open (a worker thread reading
 * while main writes; WAL lets it). The open that came first did what opening a library does — the
 * open marker, SQLite's check, migrations, the switch to WAL — so this one does none of it and writes
 * nothing: it sees what is committed, as of each statement it runs.
 */
export function openReader(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  return db
}
