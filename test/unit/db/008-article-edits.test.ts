import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m008ArticleEdits } from '../../../src/main/core/db/migrations/008-article-edits'

const before = migrations.filter((m) => m.version < m008ArticleEdits.version)

describe('migration 008 (article edits)', () => {
  it('adds edited_fields to existing articles as an empty list, and accepts only JSON arrays', () => {
    const db = new Database(':memory:')
    migrate(db, before)
    db.prepare(`INSERT INTO articles (id, title, text, text_hash, origin, imported_at) VALUES (1, 't', 'x', 'h', 'file', 'now')`).run()
    migrate(db, [...before, m008ArticleEdits])
    expect(schemaVersion(db)).toBe(m008ArticleEdits.version)
    expect(db.prepare('SELECT edited_fields FROM articles WHERE id = 1').pluck().get()).toBe('[]')
    db.prepare(`UPDATE articles SET edited_fields = '["title"]' WHERE id = 1`).run()
    expect(() => db.prepare(`UPDATE articles SET edited_fields = '{"title":1}' WHERE id = 1`).run()).toThrow(/CHECK/)
    expect(() => db.prepare(`UPDATE articles SET edited_fields = 'title' WHERE id = 1`).run()).toThrow(/CHECK/)
  })

  it('is in the list of migrations, after 007', () => {
    expect(migrations.map((m) => m.version)).toContain(8)
    expect(migrations.find((m) => m.version === 8)).toBe(m008ArticleEdits)
  })
})
