import { describe, expect, it } from 'vitest'
import { schemaVersion } from '../../../src/main/core/db/migrate'
import { addArticle, addStatement, openTestLibrary } from '../compare/library-fixture'

const stamp = '2022-01-10T00:00:00Z'

function setUp() {
  const { db, articles } = openTestLibrary()
  const articleId = addArticle(articles, { title: 'T', text: 'Ein Putschversuch von außen.', publishedAt: '2022-01-06', language: 'de' })
  const statementId = addStatement(db, articleId, 'ru-mfa', 'Putschversuch')
  const eventId = db
    .prepare('INSERT INTO events (title, description, date_from, date_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .pluck()
    .get('Unrest', '', '2022-01-02', '2022-01-31', stamp, stamp) as number
  const comparisonId = db
    .prepare('INSERT INTO comparisons (title, scope, actor_ids, layout, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
    .pluck()
    .get('C', JSON.stringify({ eventId }), JSON.stringify(['ru-mfa', 'by-mfa']), 'themes', stamp, stamp) as number
  return { db, articles, articleId, statementId, eventId, comparisonId }
}

const count = (db: ReturnType<typeof setUp>['db'], table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('migration 005: events and comparisons', () => {
  it('brings the schema to version 5 or later with every table', () => {
    const { db } = setUp()
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5)
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()
    expect(tables).toEqual(
      expect.arrayContaining(['events', 'event_articles', 'event_statements', 'comparisons', 'comparison_themes', 'comparison_theme_statements', 'comparison_card_notes']),
    )
  })

  it('refuses an untitled event, a reversed date range, an unknown layout and broken JSON', () => {
    const { db } = setUp()
    const insertEvent = db.prepare('INSERT INTO events (title, date_from, date_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    expect(() => insertEvent.run('  ', null, null, stamp, stamp)).toThrow(/CHECK/)
    expect(() => insertEvent.run('x', '2022-02-01', '2022-01-01', stamp, stamp)).toThrow(/CHECK/)
    const insertComparison = db.prepare('INSERT INTO comparisons (title, scope, actor_ids, layout, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    expect(() => insertComparison.run('c', '{}', '["a","b"]', 'grid', stamp, stamp)).toThrow(/CHECK/)
    expect(() => insertComparison.run('c', '{', '["a","b"]', 'timeline', stamp, stamp)).toThrow(/CHECK/)
    expect(() => insertComparison.run('c', '{}', '{"a":1}', 'timeline', stamp, stamp)).toThrow(/CHECK/)
  })

  it('lets a statement belong to several events and follows deletions of statements, articles and events', () => {
    const { db, articles, articleId, statementId, eventId } = setUp()
    const second = db.prepare(`INSERT INTO events (title, created_at, updated_at) VALUES ('Second', ?, ?) RETURNING id`).pluck().get(stamp, stamp)
    db.prepare('INSERT INTO event_statements (event_id, statement_id) VALUES (?, ?), (?, ?)').run(eventId, statementId, second, statementId)
    db.prepare('INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)').run(eventId, articleId)
    expect(count(db, 'event_statements')).toBe(2)
    expect(() => db.prepare('INSERT INTO event_statements (event_id, statement_id) VALUES (?, ?)').run(eventId, 424242)).toThrow(/FOREIGN KEY/)
    expect(() => db.prepare('INSERT INTO event_statements (event_id, statement_id, excluded) VALUES (?, ?, 2)').run(second, statementId)).toThrow()

    db.prepare('DELETE FROM events WHERE id = ?').run(second)
    expect(count(db, 'event_statements')).toBe(1)
    articles.remove(articleId)
    expect(count(db, 'event_statements')).toBe(0)
    expect(count(db, 'event_articles')).toBe(0)
    expect(count(db, 'events')).toBe(1)
  })

  it('keeps themes and notes with their comparison and drops them with it or with their statement', () => {
    const { db, statementId, comparisonId } = setUp()
    db.prepare(`INSERT INTO comparison_themes (comparison_id, theme_id, position, title) VALUES (?, 't1', 0, 'Interference')`).run(comparisonId)
    db.prepare(`INSERT INTO comparison_theme_statements (comparison_id, theme_id, statement_id) VALUES (?, 't1', ?)`).run(comparisonId, statementId)
    db.prepare(`INSERT INTO comparison_card_notes (comparison_id, statement_id, translation) VALUES (?, ?, 'coup attempt')`).run(comparisonId, statementId)
    expect(() => db.prepare(`INSERT INTO comparison_theme_statements (comparison_id, theme_id, statement_id) VALUES (?, 'nope', ?)`).run(comparisonId, statementId)).toThrow(
      /FOREIGN KEY/,
    )

    db.prepare('DELETE FROM statements WHERE id = ?').run(statementId)
    expect([count(db, 'comparison_theme_statements'), count(db, 'comparison_card_notes'), count(db, 'comparison_themes')]).toEqual([0, 0, 1])
    db.prepare('DELETE FROM comparisons WHERE id = ?').run(comparisonId)
    expect(count(db, 'comparison_themes')).toBe(0)
  })
})
