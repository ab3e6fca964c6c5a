import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'

function open(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

function fill(db: Database.Database): { articleId: number; statementId: number } {
  db.prepare(
    `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at)
     VALUES ('ru-mfa', 'ru-mfa', 'foreign-ministry', 'ru', 'seed', 'ru-mfa', 'now', 'now')`,
  ).run()
  const articleId = db
    .prepare("INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('t', 'Sacharowa sagte, es sei ernst.', 'h', 'file', 'now') RETURNING id")
    .pluck()
    .get() as number
  db.prepare(
    `INSERT INTO persons (id, name, names, gender, source, created_at, updated_at)
     VALUES ('maria-zakharova', 'Maria Zakharova', '{"de":["Maria Sacharowa"]}', 'f', 'seed', 'now', 'now')`,
  ).run()
  db.prepare("INSERT INTO person_offices (person_id, actor_id, role, valid_from) VALUES ('maria-zakharova', 'ru-mfa', 'spokesperson', '2015-08')").run()
  const statementId = db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, person_id, speaker, quote, start_offset, end_offset, kind)
       VALUES (?, 'ru-mfa', 'maria-zakharova', 'Sacharowa', 'es sei ernst', 17, 29, 'reported') RETURNING id`,
    )
    .pluck()
    .get(articleId) as number
  return { articleId, statementId }
}

const learned = (db: Database.Database, values: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO persons (id, name, names, source, learned_article_id, learned_phrase, created_at, updated_at)
       VALUES (@id, 'Anna Müller', '{"de":["Anna Müller"]}', @source, @articleId, @phrase, 'now', 'now')`,
    )
    .run({ id: 'anna-muller', source: 'text', articleId: null, phrase: 'Anna Müller, Sprecherin des russischen Außenministeriums', ...values })

describe('migration 014 text persons', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('rebuilds persons without losing a person, an office or a statement’s person', () => {
    db = open()
    migrate(db, migrations, 13)
    const { statementId } = fill(db)
    expect(migrate(db, migrations, 14)).toBe(14)
    expect(schemaVersion(db)).toBe(14)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.prepare('SELECT person_id FROM statements WHERE id = ?').pluck().get(statementId)).toBe('maria-zakharova')
    expect(db.prepare('SELECT person_id, role FROM person_offices').all()).toEqual([{ person_id: 'maria-zakharova', role: 'spokesperson' }])
    expect(db.prepare('SELECT id, source, learned_article_id, learned_phrase FROM persons').all()).toEqual([
      { id: 'maria-zakharova', source: 'seed', learned_article_id: null, learned_phrase: null },
    ])
    // Offices and statements still refer to the rebuilt table: a deleted person takes its offices along.
    db.prepare("DELETE FROM persons WHERE id = 'maria-zakharova'").run()
    expect(db.prepare('SELECT count(*) FROM person_offices').pluck().get()).toBe(0)
    expect(db.prepare('SELECT person_id FROM statements WHERE id = ?').pluck().get(statementId)).toBeNull()
  })

  it('takes persons learned from the text, with their article and title, and keeps the person when the article goes', () => {
    db = open()
    migrate(db, migrations)
    const { articleId } = fill(db)
    expect(() => learned(db, { phrase: null })).toThrow(/CHECK/)
    expect(() => learned(db, { source: 'guess' })).toThrow(/CHECK/)
    learned(db, { articleId })
    db.prepare("UPDATE statements SET person_id = 'anna-muller'").run()
    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId)
    expect(db.prepare("SELECT source, learned_article_id, learned_phrase FROM persons WHERE id = 'anna-muller'").get()).toEqual({
      source: 'text',
      learned_article_id: null,
      learned_phrase: 'Anna Müller, Sprecherin des russischen Außenministeriums',
    })
  })

  it('keeps the analyst’s decisions on learned names, dropped with the person they name', () => {
    db = open()
    migrate(db, migrations)
    fill(db)
    db.prepare("INSERT INTO person_name_decisions (name_key, person_id, decided_at) VALUES ('anna muller', NULL, 'now'), ('maria sacharova', 'maria-zakharova', 'now')").run()
    expect(() => db.prepare("INSERT INTO person_name_decisions (name_key, person_id, decided_at) VALUES ('x', 'nobody', 'now')").run()).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM persons WHERE id = 'maria-zakharova'").run()
    expect(db.prepare('SELECT name_key, person_id FROM person_name_decisions').all()).toEqual([{ name_key: 'anna muller', person_id: null }])
  })

  it('checks the references a rebuild leaves before it commits', () => {
    db = open()
    migrate(db, migrations, 13)
    const broken = [...migrations.slice(0, 13), { version: 14, name: 'broken', foreignKeysOff: true, up: (d: Database.Database) => d.exec("DELETE FROM persons") }]
    fill(db)
    expect(() => migrate(db, broken, 14)).toThrow(/point nowhere/)
    expect(schemaVersion(db)).toBe(13)
    expect(db.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(1)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })
})
