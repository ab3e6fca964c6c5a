import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m012ScaleIndexes } from '../../../src/main/core/db/migrations/012-scale-indexes'

const before = migrations.filter((m) => m.version < m012ScaleIndexes.version)
const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')

describe('migration 012 (scale indexes)', () => {
  it('finds articles by capture and walks them by date through indexes instead of scanning the table', () => {
    const db = new Database(':memory:')
    migrate(db, before)
    expect(plan(db, 'SELECT id FROM articles WHERE capture_id = 1')).toMatch(/SCAN articles/u)
    migrate(db, [...before, m012ScaleIndexes])
    expect(schemaVersion(db)).toBe(12)
    expect(plan(db, 'SELECT id FROM articles WHERE capture_id = 1')).toMatch(/SEARCH articles USING (COVERING )?INDEX articles_capture/u)
    expect(plan(db, 'SELECT 1 FROM captures c WHERE NOT EXISTS (SELECT 1 FROM articles WHERE capture_id = c.id)')).toMatch(/articles_capture/u)
    expect(plan(db, 'SELECT id FROM articles a ORDER BY coalesce(a.published_at, a.imported_at) DESC, a.id DESC LIMIT 10')).toMatch(/INDEX articles_date/u)
  })

  it('is in the list of migrations, after 011', () => {
    expect(migrations.find((m) => m.version === 12)).toBe(m012ScaleIndexes)
  })
})
