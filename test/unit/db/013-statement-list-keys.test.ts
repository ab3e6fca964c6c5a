import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'
import { m013StatementListKeys } from '../../../src/main/core/db/migrations/013-statement-list-keys'

const before = migrations.filter((m) => m.version < m013StatementListKeys.version)
const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')

function library(versions = before): Database.Database {
  const db = new Database(':memory:')
  migrate(db, versions)
  return db
}

function addArticle(db: Database.Database, id: number, publishedAt: string | null, language: string | null): void {
  db.prepare(
    `INSERT INTO articles (id, title, text, text_hash, language, published_at, imported_at, origin)
     VALUES (?, 'T', 'Some text here', ?, ?, ?, '2024-05-01T10:00:00.000Z', '/x.html')`,
  ).run(id, `hash-${id}`, language, publishedAt)
}

function addStatement(db: Database.Database, articleId: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO statements (article_id, quote, prefix, suffix, start_offset, end_offset, kind, confidence, needs_review, origin, review_state, reasons)
         VALUES (?, 'text', '', '', 0, 4, 'direct', 0.9, 0, 'auto', 'unreviewed', '[]')`,
      )
      .run(articleId).lastInsertRowid,
  )
}

const keys = (db: Database.Database, id: number) =>
  db.prepare('SELECT article_date AS date, article_published AS published, article_language AS language FROM statements WHERE id = ?').get(id)

describe('migration 013 (statement list keys)', () => {
  it("copies each statement's article date, publication date and language, and keeps them with the article", () => {
    const db = library()
    addArticle(db, 1, '2020-03-04', 'de')
    addArticle(db, 2, null, 'en')
    const old = addStatement(db, 1)
    migrate(db, [...before, m013StatementListKeys])
    expect(schemaVersion(db)).toBe(13)
    expect(keys(db, old)).toEqual({ date: '2020-03-04', published: '2020-03-04', language: 'de' })

    // New statements get them from their article; without a publication date the import's date sorts it.
    const added = addStatement(db, 2)
    expect(keys(db, added)).toEqual({ date: '2024-05-01T10:00:00.000Z', published: null, language: 'en' })

    // An edited article's date or language follows to its statements.
    db.prepare("UPDATE articles SET published_at = '2019-12-31', language = 'ru' WHERE id = 2").run()
    expect(keys(db, added)).toEqual({ date: '2019-12-31', published: '2019-12-31', language: 'ru' })
    db.prepare('UPDATE articles SET published_at = NULL WHERE id = 2').run()
    expect(keys(db, added)).toEqual({ date: '2024-05-01T10:00:00.000Z', published: null, language: 'ru' })

    // A statement moved to another article takes that article's keys.
    db.prepare('UPDATE statements SET article_id = 1 WHERE id = ?').run(added)
    expect(keys(db, added)).toEqual({ date: '2020-03-04', published: '2020-03-04', language: 'de' })
  })

  it('lets lists walk an index in their order and counts read no articles', () => {
    const db = library([...before, m013StatementListKeys])
    expect(plan(db, 'SELECT id FROM statements s INDEXED BY statements_date_desc ORDER BY article_date DESC, article_id DESC, start_offset, id LIMIT 10')).not.toMatch(/TEMP B-TREE/u)
    expect(plan(db, 'SELECT id FROM statements s INDEXED BY statements_date_asc ORDER BY article_date, article_id, start_offset, id LIMIT 10')).not.toMatch(/TEMP B-TREE/u)
    expect(plan(db, 'SELECT id FROM statements s INDEXED BY statements_confidence ORDER BY confidence DESC, article_date DESC, article_id DESC, start_offset, id LIMIT 10')).not.toMatch(/TEMP B-TREE/u)
    expect(plan(db, "SELECT count(*) FROM statements s WHERE article_language = 'de' AND kind = 'reported' AND review_state <> 'rejected'")).toMatch(/COVERING INDEX statements_language/u)
    expect(plan(db, "SELECT count(*) FROM statements s WHERE article_published >= '2020-01-01' AND +review_state = 'unreviewed'")).toMatch(/COVERING INDEX statements_published/u)
    expect(plan(db, "SELECT count(*) FROM statements s WHERE actor_id = 'ru-mfa' AND +review_state <> 'rejected' AND confidence >= 0.6")).toMatch(/COVERING INDEX statements_actor/u)
  })

  it('reports its progress on a large library: the keys copied in batches, then each index built', () => {
    const db = library()
    for (let a = 1; a <= 30; a++) addArticle(db, a, `2021-01-${String(a).padStart(2, '0')}`, 'en')
    const insert = db.prepare(
      `INSERT INTO statements (article_id, quote, prefix, suffix, start_offset, end_offset, kind, confidence, needs_review, origin, review_state, reasons)
       VALUES (?, 'text', '', '', 0, 4, 'direct', 0.9, 0, 'auto', 'unreviewed', '[]')`,
    )
    db.transaction(() => {
      for (let i = 0; i < 25_000; i++) insert.run(1 + (i % 30))
    })()
    const events: { done: number; total: number; unit: string }[] = []
    migrate(db, [...before, m013StatementListKeys], undefined, (e) => events.push({ done: e.done, total: e.total, unit: e.unit }))
    const total = 25_000 * 7
    expect(events[0]).toEqual({ done: 0, total, unit: expect.stringMatching(/^statement rows/u) })
    expect(events.at(-1)!.done).toBe(total)
    // Three batches of keys, then six indexes; never backwards.
    expect(events.map((e) => e.done)).toEqual([0, 10_000, 20_000, 25_000, ...Array.from({ length: 6 }, (_, i) => 25_000 * (i + 2))])
    expect(db.prepare('SELECT count(*) FROM statements WHERE article_date IS NULL OR article_language IS NULL').pluck().get()).toBe(0)
    expect(keys(db, 25_000)).toEqual({ date: '2021-01-10', published: '2021-01-10', language: 'en' })
  })

  it('is in the list of migrations, after 012', () => {
    expect(migrations.find((m) => m.version === 13)).toBe(m013StatementListKeys)
  })
})
