/**
 * Library safety (issue 13): files that are not Parallax libraries and damaged libraries are refused
 * without a single byte changed; an unclean exit is noticed and answered with the full check; backups
 * are made before migrations, daily and on demand, rotate, and restore.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/program'
import { backupIfDue, createBackup, listBackups, restoreBackup } from '../../../src/main/core/db/backups'
import { openLibrary } from '../../../src/main/core/db/library'
import { LibraryRefusedError } from '../../../src/main/core/db/library-errors'
import { migrate } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { openDatabase } from '../../../src/main/core/db/open'

let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'parallax-safety-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function refusal(run: () => unknown): LibraryRefusedError {
  try {
    run()
  } catch (err) {
    if (err instanceof LibraryRefusedError) return err
    throw err
  }
  throw new Error('not refused')
}

/** A library with `n` articles' worth of rows, closed. */
function library(n = 0): string {
  const file = join(dir, 'library.sqlite')
  const db = openDatabase(file)
  const insert = db.prepare("INSERT INTO tags (name, color) VALUES (?, '#336699')")
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(`tag ${i} ${'x'.repeat(200)}`)
  })()
  db.close()
  return file
}

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t), outIsTty: false, errIsTty: false, columns: undefined })
  return { code, stdout, stderr }
}

describe('refusals change nothing', () => {
  it("another program's SQLite database: refused, not switched to WAL, byte for byte as it was", () => {
    const file = join(dir, 'foreign.sqlite')
    const foreign = new Database(file)
    foreign.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Ann\')')
    foreign.close()
    const before = digest(file)
    const err = refusal(() => openLibrary(file))
    expect(err.reason).toBe('foreign')
    expect(err.message).toMatch(/not a Parallax library.*not changed/)
    expect(digest(file)).toBe(before)
    expect(readFileSync(file)[18]).toBe(1) // still a rollback-journal database, not WAL
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(existsSync(`${file}.open-${process.pid}`)).toBe(false)
  })

  it('a file that is not SQLite at all', () => {
    const file = join(dir, 'notes.sqlite')
    writeFileSync(file, 'just some notes, not a database\n'.repeat(100))
    const before = digest(file)
    expect(refusal(() => openLibrary(file)).reason).toBe('not-sqlite')
    expect(digest(file)).toBe(before)
  })

  it('a damaged library fails quick_check at opening and is refused unchanged', () => {
    const file = library(3000)
    // Overwrite a page in the middle of the tags table's b-tree.
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 20)
    closeSync(fd)
    const before = digest(file)
    const err = refusal(() => openLibrary(file))
    expect(err.reason).toBe('damaged')
    expect(err.message).toMatch(/damaged.*Restore a backup/)
    expect(digest(file)).toBe(before)
  })
})

describe('unclean exit', () => {
  it('a marker left by a process that is gone triggers the full check, and is cleared', () => {
    const file = library()
    writeFileSync(`${file}.open-999999999`, '{}')
    const opened = openLibrary(file)
    expect(opened.recoveredFromUncleanExit).toBe(true)
    expect(existsSync(`${file}.open-999999999`)).toBe(false)
    expect(existsSync(`${file}.open-${process.pid}`)).toBe(true)
    opened.close()
    expect(existsSync(`${file}.open-${process.pid}`)).toBe(false)
    const again = openLibrary(file)
    expect(again.recoveredFromUncleanExit).toBe(false)
    again.close()
  })
})

describe('backups', () => {
  it('are made before a migration', () => {
    const file = join(dir, 'old.sqlite')
    const old = new Database(file)
    migrate(old, migrations, 5)
    old.close()
    openDatabase(file).close()
    const [backup] = listBackups(file)
    expect(backup.reason).toBe(`before-migration-${String(migrations.length).padStart(3, '0')}`)
    const copy = new Database(backup.file, { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(5)
    copy.close()
  })

  it('daily: one a day, the newest ten kept', () => {
    const file = library()
    const db = openDatabase(file)
    const day = 24 * 3600 * 1000
    const start = Date.parse('2024-03-01T08:00:00Z')
    expect(backupIfDue(db, file, new Date(start))?.reason).toBe('daily')
    expect(backupIfDue(db, file, new Date(start + day / 2))).toBeNull()
    for (let i = 1; i <= 12; i++) expect(backupIfDue(db, file, new Date(start + i * day))).not.toBeNull()
    const backups = listBackups(file)
    expect(backups).toHaveLength(10)
    expect(backups[0].createdAt).toBe(new Date(start + 12 * day).toISOString())
    db.close()
  })

  it('restore replaces the library by the backup and keeps the current one as a backup', () => {
    const file = library()
    const db = openDatabase(file)
    const backup = createBackup(db, file, 'manual')
    db.prepare("INSERT INTO tags (name, color) VALUES ('after the backup', '#000000')").run()
    db.close()
    const saved = restoreBackup(file, backup.file)
    const restored = openDatabase(file)
    expect(restored.prepare("SELECT count(*) FROM tags WHERE name = 'after the backup'").pluck().get()).toBe(0)
    restored.close()
    const previous = new Database(saved!, { readonly: true })
    expect(previous.prepare("SELECT count(*) FROM tags WHERE name = 'after the backup'").pluck().get()).toBe(1)
    previous.close()
  })

  it('restore refuses a foreign file and a library open elsewhere', () => {
    const file = library()
    const foreign = join(dir, 'foreign.sqlite')
    new Database(foreign).exec('CREATE TABLE t (x)')
    expect(() => restoreBackup(file, foreign)).toThrow(/not a Parallax library/)
    writeFileSync(`${file}.open-1`, '{}') // pid 1 always runs
    expect(() => restoreBackup(file, file)).toThrow(/open in another Parallax process/)
  })

  it('parallax backup, backup --list, check and restore', async () => {
    const file = library(10)
    const made = await cli('backup', '--library', file, '--json')
    expect(made.code).toBe(0)
    const backup = JSON.parse(made.stdout) as { file: string }
    expect((await cli('backup', '--list', '--library', file)).stdout).toContain(backup.file)
    expect(await cli('check', '--library', file)).toMatchObject({ code: 0, stdout: `${file}: ok\n` })
    const restored = await cli('restore', backup.file, '--library', file)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/restored .* kept as/s)
    const foreign = join(dir, 'foreign.sqlite')
    new Database(foreign).exec('CREATE TABLE t (x)')
    const refused = await cli('list', '--library', foreign)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not a Parallax library/)
  })
})
