import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion, type MigrationEvent } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m015SearchLanguage } from '../../../src/main/core/db/migrations/015-search-language'
import { LANGUAGE_MARK, inLanguages, buildFtsQuery } from '../../../src/main/core/library/search-query'

const before = migrations.filter((m) => m.version < m015SearchLanguage.version)
const upTo15 = [...before, m015SearchLanguage]

function libraryAt14(articles: number): Database.Database {
  const db = new Database(':memory:')
  migrate(db, before)
  const insert = db.prepare(`INSERT INTO articles (title, text, language, text_hash, origin, imported_at) VALUES (?, ?, ?, ?, 'file', 'now')`)
  db.transaction(() => {
    insert.run('Выборы', 'Выборы в Казахстане прошли спокойно.', 'ru', 'h-ru')
    insert.run('Lage', 'In der Hauptstadt kam es zu Unruhen.', 'de', 'h-de')
    insert.run('Talks', 'Several governments sent envoys.', 'en', 'h-en')
    insert.run('Ohne', 'Unruhe ohne Sprache.', null, 'h-none')
    for (let i = 4; i < articles; i++) insert.run(`Filler ${i}`, `Nothing to see in article ${i}.`, 'en', `h-${i}`)
  })()
  return db
}

const find = (db: Database.Database, text: string, languages: string[] = []) => {
  const fts = buildFtsQuery(text, ['de', 'en', 'ru'])!
  const match = languages.length ? inLanguages(fts, languages).match : fts.match
  return db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(match)
}
const inLanguage = (db: Database.Database, code: string) =>
  db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').pluck().all(`"${LANGUAGE_MARK}${code}"`)

describe('migration 015 (language in the search index)', () => {
  it('rebuilds the index with each article language as a token, reporting progress', () => {
    const db = libraryAt14(1204)
    const events: MigrationEvent[] = []
    migrate(db, upTo15, undefined, (e) => events.push(e))
    expect(schemaVersion(db)).toBe(15)
    expect(inLanguage(db, 'de')).toEqual([2])
    expect(inLanguage(db, 'ru')).toEqual([1])
    expect(inLanguage(db, 'en')).toHaveLength(1201)
    // Words and their forms are found as before, and narrowed by language in the index.
    expect(find(db, 'Unruhe')).toEqual([2, 4])
    expect(find(db, 'Unruhe', ['de'])).toEqual([2])
    expect(find(db, 'Unruhe', ['de', 'ru'])).toEqual([2])
    expect(find(db, 'Казахстан', ['ru'])).toEqual([1])
    expect(find(db, 'article', ['en'])).toHaveLength(1200)
    // The language token matches no word: a text saying "de" or "en" is not in that language.
    expect(find(db, 'de')).toEqual([])
    expect(events[0]).toEqual({ version: 15, name: 'search-language', done: 0, total: 1204, unit: 'articles' })
    expect(events.at(-1)).toEqual({ version: 15, name: 'search-language', done: 1204, total: 1204, unit: 'articles' })
    expect(events.length).toBeGreaterThan(3)
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)").run()).not.toThrow()
  })

  it('keeps the language token in step: inserts, language corrections and deletes', () => {
    const db = libraryAt14(4)
    migrate(db, upTo15)
    db.prepare(`UPDATE articles SET language = 'de' WHERE id = 4`).run()
    expect(find(db, 'Unruhe', ['de'])).toEqual([2, 4])
    db.prepare(`UPDATE articles SET language = 'en' WHERE id = 2`).run()
    expect(find(db, 'Unruhe', ['de'])).toEqual([4])
    expect(inLanguage(db, 'en')).toEqual([2, 3])
    db.prepare(`INSERT INTO articles (title, text, language, text_hash, origin, imported_at) VALUES ('Neu', 'Neue Unruhen.', 'de', 'h-new', 'file', 'now')`).run()
    expect(find(db, 'Unruhe', ['de'])).toEqual([4, 5])
    db.prepare('DELETE FROM articles WHERE id = 4').run()
    expect(find(db, 'Unruhe', ['de'])).toEqual([5])
    expect(() => db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)").run()).not.toThrow()
  })

  it('migrates an empty library', () => {
    const db = new Database(':memory:')
      expect(migrate(db, upTo15)).toBe(15)
    expect(db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(0)
  })

  it('is in the list of migrations, after 014', () => {
    expect(migrations.find((m) => m.version === 15)).toBe(m015SearchLanguage)
  })
})
