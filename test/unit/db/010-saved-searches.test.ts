import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m010SavedSearches } from '../../../src/main/core/db/migrations/010-saved-searches'

const before = migrations.filter((m) => m.version < m010SavedSearches.version)

describe('migration 010 (saved searches)', () => {
  it('adds saved searches to an existing library; names are unique in any case, queries JSON objects', () => {
    const db = new Database(':memory:')
    migrate(db, before)
    migrate(db, [...before, m010SavedSearches])
    expect(schemaVersion(db)).toBe(10)
    const insert = db.prepare(`INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, 'now')`)
    insert.run('Kasachstan', '{"text":"Kasachstan"}')
    expect(db.prepare('SELECT seen_article_id, opened_at FROM saved_searches').get()).toEqual({ seen_article_id: 0, opened_at: null })
    expect(() => insert.run('KASACHSTAN', '{}')).toThrow(/UNIQUE/)
    expect(() => insert.run('Y', '[]')).toThrow(/CHECK/)
    expect(() => insert.run('Z', 'text')).toThrow(/CHECK/)
  })

  it('is in the list of migrations, after 009', () => {
    expect(migrations.find((m) => m.version === 10)).toBe(m010SavedSearches)
  })
})
