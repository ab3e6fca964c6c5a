import { beforeEach, describe, expect, it } from 'vitest'
import { ComparisonService } from '../../../src/main/core/compare/comparison-service'
import type { Db } from '../../../src/main/core/db/open'
import { EventStore } from '../../../src/main/core/events/event-store'
import type { ArticleStore } from '../../../src/main/core/library/article-store'
import { TagStore } from '../../../src/main/core/library/tag-store'
import { addArticle, addStatement, openTestLibrary } from './library-fixture'

let db: Db
let articles: ArticleStore
let events: EventStore
let service: ComparisonService
let ids: Record<string, number>

beforeEach(() => {
  ;({ db, articles } = openTestLibrary())
  events = new EventStore(db)
  service = new ComparisonService(db, events)
  const a1 = addArticle(articles, {
    title: 'Moskau warnt vor Einmischung',
    text: '„Ein von außen inspirierter Versuch“, teilte das russische Außenministerium mit. Minsk sprach von einem von außen gesteuerten Putschversuch.',
    publishedAt: '2022-01-05T18:40:00+01:00',
    language: 'de',
  })
  const a2 = addArticle(articles, {
    title: 'МИД Беларуси',
    text: '«Колонны вооруженных людей — это терроризм», — заявили в МИД Беларуси.',
    publishedAt: '2022-01-07T15:30:00+03:00',
    language: 'ru',
  })
  const a3 = addArticle(articles, { title: 'Astana', text: 'Kazakhstan thanked its allies.', publishedAt: null, language: 'en' })
  ids = {
    ru1: addStatement(db, a1, 'ru-mfa', 'Ein von außen inspirierter Versuch'),
    by1: addStatement(db, a1, 'by-mfa', 'von außen gesteuerten Putschversuch', { kind: 'partial' }),
    by2: addStatement(db, a2, 'by-mfa', 'Колонны вооруженных людей — это терроризм', { note: 'seen on TV' }),
    kz1: addStatement(db, a3, 'kz-mfa', 'Kazakhstan thanked its allies'),
    rejected: addStatement(db, a2, 'ru-mfa', 'Колонны вооруженных людей', { review: 'rejected' }),
    unattributed: addStatement(db, a3, null, 'thanked its allies'),
  }
  new TagStore(db).addToArticles([a1, a2], 'Kasachstan')
})

describe('comparison service', () => {
  it('resolves a tag scope into cards with full provenance, leaving out rejected and other actors', () => {
    const m = service.build({ scope: { tag: 'Kasachstan' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }, { now: new Date('2022-02-01T00:00:00Z') })
    expect(m.scopeLabel).toBe('Tag: Kasachstan')
    expect(m.title).toBe('Comparison of statements')
    expect(m.columns.map((c) => [c.actor.id, c.count])).toEqual([
      ['ru-mfa', 1],
      ['by-mfa', 2],
    ])
    const card = m.cards.find((c) => c.statementId === ids.by2)!
    expect(card).toMatchObject({
      quote: 'Колонны вооруженных людей — это терроризм',
      date: '2022-01-07',
      language: 'ru',
      outlet: 'Example News',
      articleTitle: 'МИД Беларуси',
      publishedAt: '2022-01-07T15:30:00+03:00',
      capturedAt: '2022-01-20T08:00:00.000Z',
      note: 'seen on TV',
    })
    expect(card.captureSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(card.url).toMatch(/^https:\/\/news\.example\//)
    expect(m.cards.map((c) => c.statementId)).not.toContain(ids.rejected)
    expect(m.phrases.map((p) => p.text)).toContain('von außen')
  })

  it('takes statements tagged on their own into a tag scope', () => {
    const tag = new TagStore(db).create('Only the statement')
    db.prepare('INSERT INTO statement_tags (statement_id, tag_id) VALUES (?, ?)').run(ids.kz1, tag.id)
    const m = service.build({ scope: { tag: 'only the statement' }, actorIds: ['kz-mfa', 'ru-mfa'], layout: 'timeline' })
    expect(m.cards.map((c) => c.statementId)).toEqual([ids.kz1])
  })

  it('resolves an event, a search and a date range', () => {
    const e = events.create({ title: 'Unrest in Kazakhstan' }, { kind: 'statements', statementIds: [ids.ru1, ids.by2] })
    const byEvent = service.build({ scope: { eventId: e.id }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' })
    expect(byEvent.title).toBe('Unrest in Kazakhstan')
    expect(byEvent.scopeLabel).toBe('Event: Unrest in Kazakhstan')
    expect(byEvent.cards.map((c) => c.statementId).sort()).toEqual([ids.ru1, ids.by2].sort())

    const bySearch = service.build({ scope: { query: 'Putschversuch' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' })
    expect(bySearch.cards.map((c) => c.statementId).sort()).toEqual([ids.ru1, ids.by1].sort())

    const byDates = service.build({ scope: { from: '2022-01-06', to: '2022-01-07' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' }, { locale: 'de' })
    expect(byDates.cards.map((c) => c.statementId)).toEqual([ids.by2])
    expect(byDates.scopeLabel).toBe('6. Jan. 2022 – 7. Jan. 2022')
  })

  it('lists who speaks in a scope', () => {
    expect(service.actorsInScope({}).map((a) => [a.actor.id, a.statements])).toEqual([
      ['by-mfa', 2],
      ['kz-mfa', 1],
      ['ru-mfa', 1],
    ])
  })

  it('refuses unknown actors and events with a clear message', () => {
    expect(() => service.build({ scope: {}, actorIds: ['ru-mfa', 'xx-mfa'], layout: 'timeline' })).toThrow(/Unknown actor: xx-mfa/)
    expect(() => service.build({ scope: { eventId: 4242 }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' })).toThrow(/Event 4242 does not exist/)
    expect(() => service.build({ scope: {}, actorIds: ['ru-mfa'], layout: 'timeline' })).toThrow(/2 to 6 actors/)
  })

  it('saves, reopens and adjusts a comparison: themes, notes, layout', () => {
    const saved = service.save({ scope: { tag: 'Kasachstan' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'themes' })
    expect(saved.title).toBe('Comparison of statements')
    const model = service.build(saved.id)
    const suggestion = model.suggestions[0]
    expect(suggestion.statementIds.sort()).toEqual([ids.ru1, ids.by1].sort())
    service.acceptSuggestion(saved.id, { label: 'Interference from abroad', statementIds: suggestion.statementIds })
    service.setCardNote(saved.id, { statementId: ids.ru1, translation: 'An attempt inspired from outside' })
    service.update(saved.id, { title: 'Kazakhstan, January 2022', actorIds: ['by-mfa', 'ru-mfa'] })

    const reopened = service.saved.get(saved.id)!
    expect(reopened.title).toBe('Kazakhstan, January 2022')
    expect(reopened.spec.actorIds).toEqual(['by-mfa', 'ru-mfa'])
    expect(reopened.spec.themes).toEqual([{ id: expect.any(String), title: 'Interference from abroad', statementIds: suggestion.statementIds }])
    expect(reopened.spec.cardNotes).toEqual([{ statementId: ids.ru1, translation: 'An attempt inspired from outside' }])

    const rebuilt = service.build(saved.id)
    expect(rebuilt.columns.map((c) => c.actor.id)).toEqual(['by-mfa', 'ru-mfa'])
    expect(rebuilt.rows[0]).toMatchObject({ kind: 'theme', label: 'Interference from abroad', cells: [[ids.by1], [ids.ru1]] })
    expect(rebuilt.cards.find((c) => c.statementId === ids.ru1)!.translation).toBe('An attempt inspired from outside')

    service.setCardNote(saved.id, { statementId: ids.ru1, note: '', translation: '' })
    expect(service.saved.get(saved.id)!.spec.cardNotes).toEqual([])
    expect(service.saved.list().map((s) => s.id)).toEqual([saved.id])
    service.saved.delete(saved.id)
    expect(service.saved.get(saved.id)).toBeNull()
  })

  it('drops a deleted statement from saved themes and notes', () => {
    const saved = service.save({
      title: 'x',
      scope: {},
      actorIds: ['ru-mfa', 'by-mfa'],
      layout: 'themes',
      themes: [{ id: 'a', title: 'A', statementIds: [ids.ru1, ids.by1] }],
      cardNotes: [{ statementId: ids.by1, note: 'n' }],
    })
    db.prepare('DELETE FROM statements WHERE id = ?').run(ids.by1)
    expect(service.saved.get(saved.id)!.spec).toMatchObject({ themes: [{ statementIds: [ids.ru1] }], cardNotes: [] })
  })

  it('renders the exports of a saved comparison and a print job whose footer numbers the pages', () => {
    const saved = service.save({ title: 'Report <1>', scope: { tag: 'Kasachstan' }, actorIds: ['ru-mfa', 'by-mfa'], layout: 'timeline' })
    expect(service.html(saved.id)).toContain('<h1>Report &lt;1&gt;</h1>')
    expect(service.csv(saved.id).split('\r\n').filter(Boolean)).toHaveLength(4)
    expect(JSON.parse(service.json(saved.id)).cards).toHaveLength(3)
    const job = service.pdfJob(saved.id, { paper: 'letter' })
    expect(job.html).not.toContain('counter(page)')
    expect(job.pdf).toMatchObject({ paper: 'letter', landscape: true })
    expect(job.pdf.footerTemplate).toContain('pageNumber')
    expect(job.suggestedName).toBe('Report-1.pdf')
    expect(service.printJob(saved.id).html).toContain('counter(pages)')
  })
})
