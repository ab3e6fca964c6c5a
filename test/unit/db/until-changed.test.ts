import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { UntilChanged } from '../../../src/main/core/db/until-changed'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-until-changed-'))
  dirs.push(dir)
  return join(dir, 'library.sqlite')
}

describe('UntilChanged (counts kept until the library changes)', () => {
  it('recounts after a write on this connection, a commit by another, and never keeps a value inside a transaction', () => {
    const path = file()
    const db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)')
    const other = new Database(path)
    const cache = new UntilChanged<number>(db)
    let reads = 0
    const count = () => cache.get('t', () => (reads++, db.prepare('SELECT count(*) FROM t').pluck().get() as number))

    expect(count()).toBe(2)
    expect(count()).toBe(2)
    expect(reads).toBe(1)

    db.prepare('INSERT INTO t VALUES (3)').run()
    expect(count()).toBe(3)
    other.prepare('INSERT INTO t VALUES (4)').run()
    expect(count()).toBe(4)

    // Counted inside a transaction that is rolled back: nothing of it is kept.
    db.exec('BEGIN')
    db.prepare('INSERT INTO t VALUES (5)').run()
    expect(count()).toBe(5)
    db.exec('ROLLBACK')
    expect(count()).toBe(4)
    other.close()
    db.close()
  })
})
