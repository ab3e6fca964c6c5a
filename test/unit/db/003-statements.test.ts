import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { m001Library } from '../../../src/main/core/db/migrations/001-library'
import { m002Actors } from '../../../src/main/core/db/migrations/002-actors'
import { m003Statements } from '../../../src/main/core/db/migrations/003-statements'

const MIGRATIONS = [m001Library, m002Actors, m003Statements]

function open(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function seed(db: Database.Database): { articleId: number } {
  db.prepare(
    `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at)
     VALUES ('ru-mfa', 'Russian MFA', 'foreign-ministry', 'ru', 'seed', 'russian mfa', 'now', 'now')`,
  ).run()
  const articleId = db
    .prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('t', 'Das Außenministerium sagte, die Lage sei ruhig.', 'h', 'file', 'now') RETURNING id")
    .pluck()
    .get() as number
  return { articleId }
}

const insert = (db: Database.Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, speaker, quote, start_offset, end_offset, kind, cue, confidence)
       VALUES (@article_id, @actor_id, @speaker, @quote, @start_offset, @end_offset, @kind, @cue, @confidence) RETURNING id`,
    )
    .pluck()
    .get({ actor_id: 'ru-mfa', speaker: 'Das Außenministerium', quote: 'die Lage sei ruhig', start_offset: 27, end_offset: 45, kind: 'reported', cue: 'sagte', confidence: 0.8, ...values }) as number

describe('migration 003 statements', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('upgrades a version 2 library, keeping its articles and actors', () => {
    db = open()
    migrate(db, MIGRATIONS, 2)
    const { articleId } = seed(db)
    expect(migrate(db, MIGRATIONS)).toBe(3)
    expect(schemaVersion(db)).toBe(3)
    expect(db.prepare('SELECT id FROM articles').pluck().all()).toEqual([articleId])
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'statement%' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['statement_runs', 'statement_tags', 'statements', 'statements_fts']))
  })

  it('fills defaults: automatic, unreviewed, not corrected, timestamps', () => {
    db = open()
    migrate(db, MIGRATIONS)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId })
    const row = db.prepare('SELECT origin, review_state, corrected, needs_review, prefix, suffix, created_at FROM statements WHERE id = ?').get(id) as Record<string, unknown>
    expect(row).toMatchObject({ origin: 'auto', review_state: 'unreviewed', corrected: 0, needs_review: 0, prefix: '', suffix: '' })
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('refuses bad kinds, review states, origins, offsets and confidences', () => {
    db = open()
    migrate(db, MIGRATIONS)
    const { articleId } = seed(db)
    expect(() => insert(db, { article_id: articleId, kind: 'rumour' })).toThrow(/CHECK/)
    expect(() => insert(db, { article_id: articleId, start_offset: 10, end_offset: 5 })).toThrow(/CHECK/)
    expect(() => insert(db, { article_id: articleId, start_offset: -1 })).toThrow(/CHECK/)
    expect(() => insert(db, { article_id: articleId, confidence: 1.5 })).toThrow(/CHECK/)
    const id = insert(db, { article_id: articleId })
    expect(() => db.prepare("UPDATE statements SET review_state = 'maybe' WHERE id = ?").run(id)).toThrow(/CHECK/)
    expect(() => db.prepare("UPDATE statements SET origin = 'robot' WHERE id = ?").run(id)).toThrow(/CHECK/)
    expect(() => insert(db, { article_id: articleId + 99 })).toThrow(/FOREIGN KEY/)
    expect(() => insert(db, { article_id: articleId, actor_id: 'xx-mfa' })).toThrow(/FOREIGN KEY/)
  })

  it('follows deletions: article → statements, tags and runs; actor → unattributed; tag → untagged', () => {
    db = open()
    migrate(db, MIGRATIONS)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId })
    const tagId = db.prepare("INSERT INTO tags (name, color) VALUES ('Kasachstan', '#ff0000') RETURNING id").pluck().get() as number
    db.prepare('INSERT INTO statement_tags (statement_id, tag_id) VALUES (?, ?)').run(id, tagId)
    db.prepare("INSERT INTO statement_runs (article_id, engine, extracted_at) VALUES (?, 1, 'now')").run(articleId)

    db.prepare("DELETE FROM actors WHERE id = 'ru-mfa'").run()
    expect(db.prepare('SELECT actor_id FROM statements WHERE id = ?').pluck().get(id)).toBeNull()
    db.prepare('DELETE FROM tags WHERE id = ?').run(tagId)
    expect(db.prepare('SELECT count(*) FROM statement_tags').pluck().get()).toBe(0)
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId)
    expect(db.prepare('SELECT count(*) FROM statements').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM statement_runs').pluck().get()).toBe(0)
  })

  it('keeps the text index in step with quotes and speakers, folding diacritics and Cyrillic', () => {
    db = open()
    migrate(db, MIGRATIONS)
    const { articleId } = seed(db)
    const id = insert(db, { article_id: articleId, quote: 'Попытка подорвать безопасность', speaker: 'Außenministerium' })
    const hits = (q: string) => db.prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?').pluck().all(q)
    expect(hits('подорвать')).toEqual([id])
    expect(hits('aussenministerium')).toEqual([id])
    db.prepare("UPDATE statements SET quote = 'Versuch von außen' WHERE id = ?").run(id)
    expect(hits('подорвать')).toEqual([])
    expect(hits('versuch')).toEqual([id])
    db.prepare('DELETE FROM statements WHERE id = ?').run(id)
    expect(hits('versuch')).toEqual([])
  })
})
