import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m011CompareLocalisation } from '../../../src/main/core/db/migrations/011-compare-localisation'

const before = migrations.filter((m) => m.version < m011CompareLocalisation.version)

describe('migration 011 (actor names per language, term equivalents)', () => {
  it('adds names per language beside the seed name, the analyst’s next to the shipped one, gone with their actor', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, before)
    migrate(db, [...before, m011CompareLocalisation])
    expect(schemaVersion(db)).toBe(m011CompareLocalisation.version)
    db.prepare(
      `INSERT INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at) VALUES ('ru-mfa', 'Russian MFA', 'foreign-ministry', 'ru', 'seed', 'x', 'now', 'now')`,
    ).run()
    const insert = db.prepare('INSERT INTO actor_names (actor_id, language, name, origin) VALUES (?, ?, ?, ?)')
    insert.run('ru-mfa', 'de', 'Russisches Außenministerium', 'seed')
    insert.run('ru-mfa', 'de', 'Außenministerium Russlands', 'user')
    expect(() => insert.run('ru-mfa', 'de', 'again', 'user')).toThrow(/UNIQUE|PRIMARY/)
    expect(() => insert.run('ru-mfa', 'fr', 'x', 'user')).toThrow(/CHECK/)
    expect(() => insert.run('ru-mfa', 'ru', '  ', 'user')).toThrow(/CHECK/)
    expect(() => insert.run('nobody', 'ru', 'x', 'user')).toThrow(/FOREIGN KEY/)
    db.prepare("DELETE FROM actors WHERE id = 'ru-mfa'").run()
    expect(db.prepare('SELECT count(*) FROM actor_names').pluck().get()).toBe(0)
  })

  it('keeps the analyst’s term groups as JSON arrays of at least two terms', () => {
    const db = new Database(':memory:')
    migrate(db, [...before, m011CompareLocalisation])
    const insert = db.prepare("INSERT INTO term_equivalents (terms, created_at) VALUES (?, 'now')")
    insert.run('["ОДКБ","OVKS","CSTO"]')
    expect(() => insert.run('["one"]')).toThrow(/CHECK/)
    expect(() => insert.run('{"a":1}')).toThrow(/CHECK/)
  })

  it('is in the list of migrations, right after the one before it', () => {
    expect(migrations.find((m) => m.version === m011CompareLocalisation.version)).toBe(m011CompareLocalisation)
    expect(migrations.at(-1)!.version).toBeGreaterThanOrEqual(m011CompareLocalisation.version)
  })
})
