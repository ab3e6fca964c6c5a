import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion, type MigrationEvent } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m009SearchWordForms } from '../../../src/main/core/db/migrations/009-search-word-forms'
import { toFtsQuery } from '../../../src/main/core/library/search-query'

const before = migrations.filter((m) => m.version < m009SearchWordForms.version)
const upTo9 = [...before, m009SearchWordForms]

function libraryAt8(articles: number): Database.Database {
  const db = new Database(':memory:')
  migrate(db, before)
  const insert = db.prepare(`INSERT INTO articles (title, text, language, text_hash, origin, imported_at) VALUES (?, ?, ?, ?, 'file', 'now')`)
  db.transaction(() => {
    insert.run('Выборы', 'Выборы в Казахстане прошли спокойно.', 'ru', 'h-ru')
    insert.run('Lage', 'In der Hauptstadt kam es zu Unruhen.', 'de', 'h-de')
    insert.run('Talks', 'Several governments sent envoys.', 'en', 'h-en')
    for (let i = 3; i < articles; i++) insert.run(`Filler ${i}`, `Nothing to see in article ${i}.`, 'en', `h-${i}`)
  })()
  return db
}

const find = (db: Database.Database, text: string) =>
  db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(toFtsQuery(text, ['de', 'en', 'ru']))

describe('migration 009 (search word forms)', () => {
  it('rebuilds the index of an existing library with stems, reporting progress', () => {
    const db = libraryAt8(1203)
    // Before: exact words only.
    expect(db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"Unruhe"'`).pluck().get()).toBe(0)
    const events: MigrationEvent[] = []
    migrate(db, upTo9, undefined, (e) => events.push(e))
    expect(schemaVersion(db)).toBe(9)
    expect(find(db, 'Казахстан')).toEqual([1])
    expect(find(db, 'Unruhe')).toEqual([2])
    expect(find(db, 'government')).toEqual([3])
    expect(find(db, 'article')).toHaveLength(1200)
    expect(events[0]).toEqual({ version: 9, name: 'search-word-forms', done: 0, total: 1203, unit: 'articles' })
    expect(events.at(-1)).toEqual({ version: 9, name: 'search-word-forms', done: 1203, total: 1203, unit: 'articles' })
    expect(events.length).toBeGreaterThan(3)
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)").run()).not.toThrow()
  })

  it('keeps the index in step afterwards: inserts, updates and deletes', () => {
    const db = libraryAt8(3)
    migrate(db, upTo9)
    db.prepare(`UPDATE articles SET text = 'Die Unruhen gingen weiter.', language = 'de' WHERE id = 3`).run()
    expect(find(db, 'Unruhe')).toEqual([2, 3])
    db.prepare('DELETE FROM articles WHERE id = 2').run()
    expect(find(db, 'Unruhe')).toEqual([3])
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)").run()).not.toThrow()
  })

  it('migrates an empty library', () => {
    const db = new Database(':memory:')
    expect(migrate(db, upTo9)).toBe(9)
    expect(db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(0)
  })

  it('is in the list of migrations, after 008', () => {
    expect(migrations.find((m) => m.version === 9)).toBe(m009SearchWordForms)
  })
})
