import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { m001Library } from '../../../src/main/core/db/migrations/001-library'
import { m002Actors } from '../../../src/main/core/db/migrations/002-actors'

const open = () => {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  return db
}

const actor = (db: Database.Database, id: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at)
       VALUES (@id, @name, @kind, @country, @origin, @name, 'now', 'now')`,
    )
    .run({ id, name: id, kind: 'foreign-ministry', country: 'ru', origin: 'seed', ...extra })

const alias = (db: Database.Database, actorId: string, text: string, language: string | null) =>
  db
    .prepare("INSERT INTO actor_aliases (actor_id, text, language, origin, search_key) VALUES (?, ?, ?, 'seed', ?)")
    .run(actorId, text, language, text)

describe('migration 002 actors', () => {
  let db: Database.Database
  afterEach(() => db?.close())

  it('upgrades a version 1 library and keeps its articles', () => {
    db = open()
    migrate(db, [m001Library, m002Actors], 1)
    db.prepare(
      "INSERT INTO articles (title, text, text_hash, origin, imported_at) VALUES ('t', 'Das Außenministerium teilte mit', 'h', 'file', 'now')",
    ).run()
    expect(migrate(db, [m001Library, m002Actors])).toBe(2)
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'actor%' ORDER BY name").all()
    expect(tables).toEqual([{ name: 'actor_aliases' }, { name: 'actor_seed' }, { name: 'actors' }])
  })

  it('checks kinds, origins and country codes', () => {
    db = open()
    migrate(db, [m001Library, m002Actors])
    expect(() => actor(db, 'x', { kind: 'embassy' })).toThrow(/CHECK/)
    expect(() => actor(db, 'x', { origin: 'import' })).toThrow(/CHECK/)
    expect(() => actor(db, 'x', { country: 'RU' })).toThrow(/CHECK/)
    expect(() => actor(db, 'x', { country: 'rus' })).toThrow(/CHECK/)
    actor(db, 'nato', { country: null, kind: 'organisation' })
    expect(() => actor(db, 'nato')).toThrow(/UNIQUE/)
  })

  it('keeps one alias per text and language, also for language-neutral aliases', () => {
    db = open()
    migrate(db, [m001Library, m002Actors])
    actor(db, 'ru-mfa')
    alias(db, 'ru-mfa', 'МИД', 'ru')
    alias(db, 'ru-mfa', 'МИД', null)
    expect(() => alias(db, 'ru-mfa', 'МИД', 'ru')).toThrow(/UNIQUE/)
    expect(() => alias(db, 'ru-mfa', 'МИД', null)).toThrow(/UNIQUE/)
    expect(() => alias(db, 'no-such-actor', 'X', null)).toThrow(/FOREIGN KEY/)
  })

  it('deletes and renames aliases with their actor', () => {
    db = open()
    migrate(db, [m001Library, m002Actors])
    actor(db, 'ru-mfa')
    alias(db, 'ru-mfa', 'МИД России', 'ru')
    db.prepare("UPDATE actors SET id = 'ru-mid' WHERE id = 'ru-mfa'").run()
    expect(db.prepare('SELECT actor_id FROM actor_aliases').all()).toEqual([{ actor_id: 'ru-mid' }])
    db.prepare("DELETE FROM actors WHERE id = 'ru-mid'").run()
    expect(db.prepare('SELECT count(*) AS n FROM actor_aliases').get()).toEqual({ n: 0 })
  })

  it('holds a single seed state row', () => {
    db = open()
    migrate(db, [m001Library, m002Actors])
    db.prepare("INSERT INTO actor_seed (id, version, hash, synced_at) VALUES (1, 3, 'abc', 'now')").run()
    expect(() => db.prepare("INSERT INTO actor_seed (id, version, hash, synced_at) VALUES (2, 3, 'abc', 'now')").run()).toThrow(/CHECK/)
  })
})
