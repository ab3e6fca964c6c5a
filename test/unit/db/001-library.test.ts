import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryVersionError, migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { m001Library } from '../../../src/main/core/db/migrations/001-library'
import { openDatabase } from '../../../src/main/core/db/open'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-m001-'))
  file = join(dir, 'library.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function insertArticle(db: Database.Database, id: number, title: string, text: string) {
  db.prepare(
    `INSERT INTO articles (id, title, text, text_hash, origin, imported_at) VALUES (?, ?, ?, ?, 'test', '2024-01-01T00:00:00Z')`,
  ).run(id, title, text, `hash-${id}`)
}

const matches = (db: Database.Database, q: string) =>
  (db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(q) as number[])

describe('migration 001 (library)', () => {
  it('creates the library tables, indices and full-text index on a real file', () => {
    const db = new Database(file)
    expect(migrate(db, [m001Library])).toBe(1)
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index', 'trigger')").pluck().all() as string[])
    for (const name of [
      'sources', 'captures', 'articles', 'tags', 'article_tags', 'articles_fts',
      'articles_published_at', 'articles_title', 'articles_facets', 'articles_canonical_url', 'articles_text_hash',
      'articles_fts_insert', 'articles_fts_delete', 'articles_fts_update',
    ]) {
      expect(names).toContain(name)
    }
    db.close()
  })

  it('keeps the full-text index in sync on insert, update and delete', () => {
    const db = openDatabase(file)
    insertArticle(db, 1, 'Sanctions', 'The ministry announced new sanctions.')
    insertArticle(db, 2, 'Talks', 'Ceasefire talks resumed in Geneva.')
    expect(matches(db, 'sanctions')).toEqual([1])
    expect(matches(db, 'geneva')).toEqual([2])

    db.prepare("UPDATE articles SET text = 'Talks moved to Vienna.' WHERE id = 2").run()
    expect(matches(db, 'geneva')).toEqual([])
    expect(matches(db, 'vienna')).toEqual([2])

    db.prepare('DELETE FROM articles WHERE id = 1').run()
    expect(matches(db, 'sanctions')).toEqual([])
    // The index holds exactly what the content table holds (no stale rows left by the delete).
    expect(db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(1)
    db.close()
  })

  it('indexes ß as ss and ё as е, folds Latin diacritics, and keeps snippets in the original spelling', () => {
    const db = openDatabase(file)
    insertArticle(db, 1, 'Außenministerium', 'Das Außenministerium in Berlin äußerte sich.')
    insertArticle(db, 2, 'Ёлка', 'Зелёная ёлка стоит на площади.')
    expect(matches(db, 'aussenministerium')).toEqual([1])
    expect(matches(db, 'ausserte')).toEqual([1])
    expect(matches(db, 'елка')).toEqual([2])
    expect(matches(db, 'зеленая')).toEqual([2])
    const snippet = db
      .prepare("SELECT snippet(articles_fts, 1, '[', ']', '…', 10) FROM articles_fts WHERE articles_fts MATCH 'зеленая'")
      .pluck()
      .get()
    expect(snippet).toBe('[Зелёная] ёлка стоит на площади.')
    // An update or delete of a folded row leaves no stale tokens behind.
    db.prepare("UPDATE articles SET title = 'Amt', text = 'Nichts mehr.' WHERE id = 1").run()
    expect(matches(db, 'aussenministerium')).toEqual([])
    db.prepare('DELETE FROM articles WHERE id = 2').run()
    expect(matches(db, 'елка')).toEqual([])
    db.close()
  })

  it('refuses a library written by a newer version and leaves the file unchanged', () => {
    const db = openDatabase(file)
    insertArticle(db, 1, 'Kept', 'Nothing may change.')
    db.pragma('user_version = 99')
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const before = readFileSync(file)

    let error: unknown
    try {
      openDatabase(file)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(LibraryVersionError)
    expect((error as Error).message).toMatch(/newer version of Parallax/u)
    expect(readFileSync(file).equals(before)).toBe(true)

    const check = new Database(file, { readonly: true })
    expect(schemaVersion(check)).toBe(99)
    expect(check.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Kept'])
    check.close()
  })
})
