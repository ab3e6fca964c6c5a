import { beforeEach, describe, expect, it } from 'vitest'
import { EventStore } from '../../../src/main/core/events/event-store'
import type { Db } from '../../../src/main/core/db/open'
import type { ArticleStore } from '../../../src/main/core/library/article-store'
import { TagStore } from '../../../src/main/core/library/tag-store'
import { addArticle, addStatement, openTestLibrary } from './library-fixture'

let db: Db
let articles: ArticleStore
let events: EventStore
let a1: number, a2: number, a3: number
let s1: number, s2: number, s3: number, s4: number

beforeEach(() => {
  ;({ db, articles } = openTestLibrary())
  events = new EventStore(db)
  a1 = addArticle(articles, { title: 'Moskau warnt', text: 'Das Ministerium sprach von einem Putschversuch. Minsk sprach von Terror.', publishedAt: '2022-01-05T18:00:00+01:00', language: 'de' })
  a2 = addArticle(articles, { title: 'Minsk', text: 'Belarus nannte es einen Staatsstreich.', publishedAt: '2022-01-07T08:00:00+01:00', language: 'de' })
  a3 = addArticle(articles, { title: 'Later', text: 'Withdrawal of the CSTO troops began.', publishedAt: '2022-02-20T08:00:00Z', language: 'en' })
  s1 = addStatement(db, a1, 'ru-mfa', 'Putschversuch')
  s2 = addStatement(db, a1, 'by-mfa', 'Terror')
  s3 = addStatement(db, a2, 'by-mfa', 'Staatsstreich')
  s4 = addStatement(db, a3, 'ru-mfa', 'Withdrawal of the CSTO troops began', { review: 'rejected' })
})

describe('events', () => {
  it('is created from selected statements, holding just those', () => {
    const e = events.create({ title: ' Unrest in Kazakhstan ', description: 'January 2022' }, { kind: 'statements', statementIds: [s1, s3, 99_999] })
    expect(e.title).toBe('Unrest in Kazakhstan')
    expect(e.statementIds).toEqual([s1, s3])
    expect(e.articleIds).toEqual([])
    expect(e.statementCount).toBe(2)
    expect(e.articleCount).toBe(2)
  })

  it('is created from a tag: its articles and all their statements (never rejected ones)', () => {
    const tags = new TagStore(db)
    tags.addToArticles([a1, a3], 'Kasachstan')
    const e = events.create({ title: 'Tagged' }, { kind: 'tag', tag: 'kasachstan' })
    expect(e.articleIds).toEqual([a1, a3])
    expect(e.statementIds).toEqual([s1, s2])
    expect(() => events.create({ title: 'x' }, { kind: 'tag', tag: 'nope' })).toThrow(/no tag named/)
    // A statement tagged on its own joins too, although its article is not tagged.
    const tag = tags.list()[0]
    db.prepare('INSERT INTO statement_tags (statement_id, tag_id) VALUES (?, ?)').run(s3, tag.id)
    expect(events.create({ title: 'Tagged 2' }, { kind: 'tag', tag: 'Kasachstan' }).statementIds).toEqual([s1, s2, s3])
  })

  it('is created from a search, optionally within dates, and from a date range', () => {
    expect(events.create({ title: 'Search' }, { kind: 'search', query: 'staatsstreich' }).statementIds).toEqual([s3])
    // Word forms as in the library search: "Staatsstreiche" finds "Staatsstreich", "Putschversuche" finds "Putschversuch".
    expect(events.create({ title: 'Forms' }, { kind: 'search', query: 'Staatsstreiche' }).statementIds).toEqual([s3])
    expect(events.create({ title: 'Forms' }, { kind: 'search', query: 'Putschversuche' }).statementIds).toEqual([s1, s2])
    expect(events.create({ title: 'Search' }, { kind: 'search', query: 'Minsk OR Belarus' }).statementIds).toEqual([])
    const ranged = events.create({ title: 'Jan' }, { kind: 'dateRange', from: '2022-01-01', to: '2022-01-07' })
    expect(ranged.articleIds).toEqual([a1, a2])
    expect(ranged.statementIds).toEqual([s1, s2, s3])
    expect([ranged.from, ranged.to]).toEqual(['2022-01-01', '2022-01-07'])
  })

  it('includes statements extracted later from its articles, and keeps one taken out excluded', () => {
    const e = events.create({ title: 'Jan' }, { kind: 'dateRange', from: '2022-01-05', to: '2022-01-05' })
    const later = addStatement(db, a1, 'ru-mfa', 'Das Ministerium sprach')
    expect(events.get(e.id)!.statementIds).toEqual([s1, s2, later])
    expect(events.removeStatements(e.id, [s2]).statementIds).toEqual([s1, later])
    expect(events.addStatements(e.id, [s2, s3]).statementIds).toEqual([s1, s2, s3, later])
    expect(events.removeStatements(e.id, [s3]).statementIds).toEqual([s1, s2, later])
  })

  it('lets a statement belong to several events', () => {
    const a = events.create({ title: 'A' }, { kind: 'statements', statementIds: [s1] })
    const b = events.create({ title: 'B' }, { kind: 'statements', statementIds: [s1, s2] })
    expect(events.get(a.id)!.statementIds).toEqual([s1])
    expect(events.get(b.id)!.statementIds).toEqual([s1, s2])
  })

  it('is updated, listed and deleted; deleting an event keeps its articles and statements', () => {
    const e = events.create({ title: 'A', from: '2022-01-02' }, { kind: 'statements', statementIds: [s1] })
    const u = events.update(e.id, { title: 'B', description: 'd', to: '2022-01-31' })
    expect([u.title, u.description, u.from, u.to]).toEqual(['B', 'd', '2022-01-02', '2022-01-31'])
    expect(() => events.update(e.id, { from: '2022-02-01' })).toThrow(/ends .* before it starts/)
    expect(() => events.update(e.id, { title: '  ' })).toThrow(/needs a title/)
    expect(events.list().map((x) => x.title)).toEqual(['B'])
    events.delete(e.id)
    expect(events.get(e.id)).toBeNull()
    expect(() => events.delete(e.id)).toThrow(/does not exist/)
    expect(db.prepare('SELECT count(*) FROM statements').pluck().get()).toBe(4)
  })

  it('forgets a deleted article and its statements', () => {
    const e = events.create({ title: 'Jan' }, { kind: 'dateRange', from: '2022-01-01', to: '2022-01-31' })
    articles.remove(a1)
    expect(events.get(e.id)!.articleIds).toEqual([a2])
    expect(events.get(e.id)!.statementIds).toEqual([s3])
  })
})
