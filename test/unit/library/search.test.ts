import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchQuery } from '../../../src/shared/api'
import { addArticle, tempLibrary, type TempLibrary } from './helpers'

let lib: TempLibrary
const ids: Record<string, number> = {}

beforeAll(() => {
  lib = tempLibrary()
  const add = (key: string, o: Parameters<typeof addArticle>[1]) => (ids[key] = addArticle(lib, o))
  add('amt', {
    title: 'Erklärung des Auswärtigen Amts',
    text: 'Das Außenministerium in Berlin äußerte sich zu den Sanktionen.\n\nDie Gespräche gehen weiter.',
    language: 'de', publishedAt: '2024-01-10', url: 'https://www.auswaertiges-amt.de/de/newsroom/1', siteName: 'Auswärtiges Amt',
  })
  add('swiss', {
    title: 'Schweizer Sicht',
    text: 'Das Aussenministerium in Bern (EDA) schreibt ss statt ß. Ärger in München.',
    language: 'de', publishedAt: '2024-02-01', url: 'https://www.eda.admin.ch/x/2', siteName: 'EDA',
  })
  add('mid', {
    title: 'Заявление МИД России',
    text: 'Министерство иностранных дел заявило, что новые санкции незаконны.\n\nЗелёная ёлка стоит на площади.',
    language: 'ru', publishedAt: '2024-01-20T09:00:00+03:00', url: 'https://mid.ru/ru/foreign_policy/news/3', siteName: 'МИД России',
  })
  add('mid2', {
    title: 'Брифинг официального представителя',
    text: 'Представитель МИД прокомментировала санкционную политику и ответные меры.',
    language: 'ru', publishedAt: '2023-12-05', url: 'https://mid.ru/ru/foreign_policy/news/4', siteName: 'МИД России',
  })
  add('talks', {
    title: 'Peace talks resume in Geneva',
    text: 'Delegations met for peace talks on Monday. The foreign ministry called the talks constructive.',
    language: 'en', publishedAt: '2024-03-01', url: 'https://news.example.com/world/5', siteName: 'Example News',
  })
  add('apart', {
    title: 'Budget debate',
    text: 'Talks about peace were not on the agenda; the budget talks went on. Sanctions were mentioned once.',
    language: 'en', publishedAt: null, url: 'https://news.example.com/world/6', siteName: 'Example News',
  })
  add('body', {
    title: 'Weekly roundup',
    text: 'Among other things, Geneva hosted a conference. Geneva Geneva.',
    language: 'en', publishedAt: '2022-06-30', url: 'https://other.example.org/7', siteName: 'Other',
  })
})
afterAll(() => lib.close())

const search = (q: SearchQuery) => lib.articles.search(q)
const found = (q: SearchQuery) => search(q).hits.map((h) => h.id)
const key = (id: number) => Object.entries(ids).find(([, v]) => v === id)?.[0]
const keys = (q: SearchQuery) => found(q).map(key)

describe('German', () => {
  it('finds ß spellings with ss and the other way round', () => {
    expect(keys({ text: 'Aussenministerium' }).sort()).toEqual(['amt', 'swiss'])
    expect(keys({ text: 'Außenministerium' }).sort()).toEqual(['amt', 'swiss'])
    expect(keys({ text: 'AUSSENMINISTERIUM' }).sort()).toEqual(['amt', 'swiss'])
  })

  it('folds umlauts', () => {
    expect(keys({ text: 'Arger Munchen' })).toEqual(['swiss'])
    expect(keys({ text: 'auswartigen' })).toEqual(['amt'])
    expect(keys({ text: 'äußerte' })).toEqual(['amt'])
  })
})

describe('Russian', () => {
  it('finds Cyrillic words in any case, and prefixes', () => {
    expect(keys({ text: 'санкции' })).toEqual(['mid'])
    expect(keys({ text: 'САНКЦИИ' })).toEqual(['mid'])
    expect(keys({ text: 'санкци*' }).sort()).toEqual(['mid', 'mid2'])
    expect(keys({ text: 'МИД' }).sort()).toEqual(['mid', 'mid2'])
  })

  it('treats ё and е alike', () => {
    expect(keys({ text: 'елка' })).toEqual(['mid'])
    expect(keys({ text: 'зелёная ёлка' })).toEqual(['mid'])
  })

  it('matches quoted phrases', () => {
    expect(keys({ text: '"министерство иностранных дел"' })).toEqual(['mid'])
    expect(keys({ text: '«иностранных министерство»' })).toEqual([])
  })
})

describe('phrases, words and hostile input', () => {
  it('needs a phrase in order, words anywhere', () => {
    expect(keys({ text: '"peace talks"' })).toEqual(['talks'])
    expect(keys({ text: 'peace talks' }).sort()).toEqual(['apart', 'talks'])
  })

  it('never fails on FTS syntax typed by a person', () => {
    for (const text of ['"', '""', 'AND(', '*', 'OR', 'NEAR(a b)', 'title:peace', '(((', 'peace"', '^peace', '-']) {
      expect(() => search({ text }), text).not.toThrow()
    }
    expect(keys({ text: 'peace"' }).sort()).toEqual(['apart', 'talks'])
    // Column filters and operators are not syntax here: "title:peace" is the phrase "title peace".
    expect(keys({ text: 'title:peace' })).toEqual([])
    expect(keys({ text: 'talks OR peace' })).toEqual([])
  })

  it('searches a hyphenated compound as a phrase', () => {
    const id = addArticle(lib, { title: 'Kreml', text: 'Der Kreml-Sprecher widersprach.', language: 'de' })
    expect(found({ text: 'Kreml-Sprecher' })).toEqual([id])
    expect(found({ text: 'Sprecher-Kreml' })).toEqual([])
    lib.articles.remove(id)
  })

  it('lists everything when the text has nothing searchable', () => {
    expect(search({ text: '*' }).total).toBe(Object.keys(ids).length)
  })
})

describe('ranking and snippets', () => {
  it('ranks a title hit above body hits', () => {
    expect(keys({ text: 'Geneva' })).toEqual(['talks', 'body'])
  })

  it('marks hits in snippets with U+E000…U+E001, in the original spelling', () => {
    const hit = search({ text: 'Aussenministerium' }).hits.find((h) => h.id === ids.amt)!
    expect(hit.snippet).toContain('\uE000Außenministerium\uE001')
    const ru = search({ text: 'елка' }).hits[0]
    expect(ru.snippet).toContain('\uE000ёлка\uE001')
    expect(search({}).hits.every((h) => h.snippet === null)).toBe(true)
  })

  it('returns summaries with outlet and tags', () => {
    const tag = lib.tags.addToArticles([ids.talks], 'Genf')
    const hit = search({ text: '"peace talks"' }).hits[0]
    expect(hit).toMatchObject({
      title: 'Peace talks resume in Geneva',
      siteName: 'Example News',
      domain: 'news.example.com',
      language: 'en',
      tags: [{ id: tag.id, name: 'Genf', color: tag.color, articleCount: 1 }],
    })
    lib.tags.remove(tag.id)
  })
})

describe('filters', () => {
  it('filters by language, source, date range (inclusive) and tag', () => {
    expect(keys({ languages: ['ru'] }).sort()).toEqual(['mid', 'mid2'])
    const example = lib.articles.sources().find((s) => s.domain === 'news.example.com')!
    expect(keys({ sourceIds: [example.id] }).sort()).toEqual(['apart', 'talks'])
    expect(keys({ from: '2024-01-10', to: '2024-01-20' }).sort()).toEqual(['amt', 'mid'])
    expect(keys({ from: '2024-03-01' })).toEqual(['talks'])
    expect(keys({ to: '2022-06-30' })).toEqual(['body'])
    const tag = lib.tags.addToArticles([ids.amt, ids.mid], 'Sanktionen')
    const other = lib.tags.addToArticles([ids.body], 'Genf')
    expect(keys({ tagIds: [tag.id] }).sort()).toEqual(['amt', 'mid'])
    expect(keys({ tagIds: [tag.id, other.id] }).sort()).toEqual(['amt', 'body', 'mid'])
    expect(keys({ text: 'sanktionen', tagIds: [tag.id] })).toEqual(['amt'])
    lib.tags.remove(tag.id)
    lib.tags.remove(other.id)
  })

  it('combines text with filters', () => {
    expect(keys({ text: 'sanctions', languages: ['en'] })).toEqual(['apart'])
    expect(keys({ text: 'talks', from: '2024-01-01' })).toEqual(['talks'])
    expect(search({ text: 'talks', languages: ['de'] })).toEqual({ total: 0, offset: 0, hits: [] })
  })
})

describe('sorting and paging', () => {
  it('sorts by date either way, undated articles last', () => {
    expect(keys({ sort: 'date-desc' })).toEqual(['talks', 'swiss', 'mid', 'amt', 'mid2', 'body', 'apart'])
    expect(keys({ sort: 'date-asc' })).toEqual(['body', 'mid2', 'amt', 'mid', 'swiss', 'talks', 'apart'])
    expect(keys({ text: 'talks', sort: 'date-asc' })).toEqual(['talks', 'apart'])
  })

  it('sorts by import order and by title', () => {
    expect(found({ sort: 'imported-desc' })).toEqual(Object.values(ids).sort((a, b) => b - a))
    expect(keys({ sort: 'title', languages: ['en'] })).toEqual(['apart', 'talks', 'body'])
  })

  it('pages with offset and limit and reports the total', () => {
    const all = found({ sort: 'date-desc' })
    const p1 = search({ sort: 'date-desc', limit: 3 })
    const p2 = search({ sort: 'date-desc', limit: 3, offset: 3 })
    const p3 = search({ sort: 'date-desc', limit: 3, offset: 6 })
    expect([p1.total, p2.total, p3.total]).toEqual([7, 7, 7])
    expect([...p1.hits, ...p2.hits, ...p3.hits].map((h) => h.id)).toEqual(all)
    expect(p2.offset).toBe(3)
    const r1 = found({ text: 'talks', limit: 1 })
    const r2 = found({ text: 'talks', limit: 1, offset: 1 })
    expect([...r1, ...r2].sort()).toEqual([ids.talks, ids.apart].sort())
  })

  it('sees articles added after a first search (no stale counts)', () => {
    expect(search({ text: 'Zeitenwende' }).total).toBe(0)
    const id = addArticle(lib, { title: 'Zeitenwende', text: 'Die Zeitenwende als Begriff.', language: 'de' })
    expect(search({ text: 'Zeitenwende' }).total).toBe(1)
    lib.articles.remove(id)
    expect(search({ text: 'Zeitenwende' }).total).toBe(0)
  })
})
