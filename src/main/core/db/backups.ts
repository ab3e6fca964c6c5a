/**
 * Rotating backups of a library: consistent copies made with SQLite's `VACUUM INTO` (safe while the
 * library is open and in use; compact; never half-written: a copy is made under a temporary name and
 * renamed), in `<library>-backups/` beside it. Made daily by the app, before every schema migration,
 * on demand (`parallax backup`), and of the current library before a restore replaces it. The newest
 * KEEP are kept. Restoring checks the backup in full first and needs the library closed.
 */
import type { Database } from 'better-sqlite3'
import BetterSqlite from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { assertParallaxLibrary, assertSqliteFile } from './library-file'
import { openElsewhere } from './open-markers'

export const KEEP_BACKUPS = 10
export const DAILY_MS = 24 * 60 * 60 * 1000

export interface BackupInfo {
  file: string
  /** ISO time the backup was made. */
  createdAt: string
  /** daily, manual, before-migration-12, before-restore */
  reason: string
  bytes: number
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z0-9-]+)\.sqlite$/

export function backupFolder(libraryPath: string): string {
  return `${libraryPath}-backups`
}

/** Backups of the library, newest first. */
export function listBackups(libraryPath: string): BackupInfo[] {
  const folder = backupFolder(libraryPath)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => !!e.match)
    .map(({ name, match }) => ({
      file: join(folder, name),
      createdAt: match[1].replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z'),
      reason: match[2],
      bytes: statSync(join(folder, name)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Copies the open library into a new backup and drops the oldest beyond `keep`. */
export function createBackup(db: Database, libraryPath: string, reason: string, keep = KEEP_BACKUPS, now = new Date()): BackupInfo {
  const folder = backupFolder(libraryPath)
  mkdirSync(folder, { recursive: true })
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-')
  const file = join(folder, `${stamp}-${reason}.sqlite`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  db.prepare('VACUUM INTO ?').run(partial)
  renameSync(partial, file)
  for (const old of listBackups(libraryPath).slice(keep)) for (const f of [old.file, `${old.file}-wal`]) rmSync(f, { force: true })
  return { file, createdAt: now.toISOString(), reason, bytes: statSync(file).size }
}

/** A daily backup when the newest is older than a day (or there is none); null when not due. */
export function backupIfDue(db: Database, libraryPath: string, now = new Date(), keep = KEEP_BACKUPS): BackupInfo | null {
  const newest = listBackups(libraryPath)[0]
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAILY_MS) return null
  return createBackup(db, libraryPath, 'daily', keep, now)
}

/**
 * Replaces the (closed) library by a backup, after checking the backup in full; the current library is
 * kept as a backup itself ("before-restore"), so a restore can be undone. Returns that copy's path.
 */
export function restoreBackup(libraryPath: string, backupFile: string, now = new Date()): string | null {
  const users = openElsewhere(libraryPath)
  if (users.length) throw new Error(`the library is open in another Parallax process (pid ${users.join(', ')}); close it before restoring`)
  assertSqliteFile(backupFile)
  const check = new BetterSqlite(backupFile, { readonly: true, fileMustExist: true })
  try {
    assertParallaxLibrary(check, backupFile, 'full')
  } finally {
    check.close()
  }
  let saved: string | null = null
  if (existsSync(libraryPath)) {
    const folder = backupFolder(libraryPath)
    mkdirSync(folder, { recursive: true })
    saved = join(folder, `${now.toISOString().replace(/:/g, '-').replace('.', '-')}-before-restore.sqlite`)
    copyFileSync(libraryPath, saved)
    // Changes not yet checkpointed into the file live in its WAL; they belong to the saved copy.
    if (existsSync(`${libraryPath}-wal`)) copyFileSync(`${libraryPath}-wal`, `${saved}-wal`)
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${libraryPath}${suffix}`, { force: true })
  const incoming = `${libraryPath}.restoring`
  copyFileSync(backupFile, incoming)
  renameSync(incoming, libraryPath)
  return saved
}

/** The backup's name as a person reads it, e.g. "2024-03-17 10:00 (daily)". */
export function describeBackup(backup: BackupInfo): string {
  return `${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC (${backup.reason}, ${(backup.bytes / 1024 / 1024).toFixed(1)} MB) ${basename(backup.file)}`
}
