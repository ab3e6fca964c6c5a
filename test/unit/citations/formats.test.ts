import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/api'
import { toBibtex } from '../../../src/main/core/citations/bibtex'
import { citationItem, dateParts } from '../../../src/main/core/citations/citation-item'
import { citeKeys } from '../../../src/main/core/citations/cite-keys'
import { toCslJson } from '../../../src/main/core/citations/csl-json'
import { citedNames } from '../../../src/main/core/citations/person-names'
import { toRis } from '../../../src/main/core/citations/ris'
import { checkCslItems, parseBibtex, parseRis } from './strict-parsers'

function art(overrides: Partial<Article>): Article {
  return {
    id: 1, title: 'T', siteName: null, domain: null, url: null, publishedAt: null, language: null, wordCount: 1,
    importedAt: '2024-03-18T08:00:00Z', excerpt: null, tags: [], byline: null, canonicalUrl: null, origin: 'x',
    cleanHtml: '', text: '', capture: null, editedFields: [], ...overrides,
  }
}

const GERMAN = art({
  id: 7,
  title: 'Außenministerium äußert „große Besorgnis“ über 50 % & mehr_{Test}',
  siteName: 'Süddeutsche Zeitung',
  domain: 'sueddeutsche.de',
  url: 'https://www.sueddeutsche.de/politik/a-1.html?x=1&y=%7B',
  canonicalUrl: 'https://www.sueddeutsche.de/politik/a-1.html',
  publishedAt: '2024-03-17T09:30:00+01:00',
  language: 'de',
  byline: 'Anna Müller und Ursula von der Leyen',
  capture: { sha256: 'x', size: 1, mediaType: 'text/html', fileName: 'a.html', capturedAt: '2024-03-18T07:00:00Z' },
})
const RUSSIAN = art({
  id: 8,
  title: 'МИД России заявил о попытке\nизвне подорвать безопасность',
  siteName: 'ТАСС',
  url: 'https://tass.ru/politika/1',
  publishedAt: '2024-01-07',
  language: 'ru',
  byline: 'ТАСС',
})
const BARE = art({ id: 9, title: 'Untitled page', domain: 'example.org' })
const items = [GERMAN, RUSSIAN, BARE].map(citationItem)

describe('citation items', () => {
  it('splits bylines into persons and literal names', () => {
    expect(citedNames('Anna Müller, Ben Smith and Ursula von der Leyen')).toEqual([
      { family: 'Müller', given: 'Anna' },
      { family: 'Smith', given: 'Ben' },
      { family: 'von der Leyen', given: 'Ursula' },
    ])
    expect(citedNames('dpa')).toEqual([{ literal: 'dpa' }])
    expect(citedNames('AFP/dpa')).toEqual([{ literal: 'AFP' }, { literal: 'dpa' }])
    expect(citedNames('tagesschau.de')).toEqual([{ literal: 'tagesschau.de' }])
    expect(citedNames('Анна Иванова и Пётр Петров')).toEqual([{ family: 'Иванова', given: 'Анна' }, { family: 'Петров', given: 'Пётр' }])
    expect(citedNames(null)).toEqual([])
  })

  it('cites the day the page states, the canonical URL, the outlet or its domain, and the capture as access', () => {
    expect(dateParts('2024-03-17T23:30:00+01:00')).toEqual([2024, 3, 17])
    expect(dateParts('2024-03')).toEqual([2024, 3])
    expect(items[0]).toMatchObject({ outlet: 'Süddeutsche Zeitung', url: 'https://www.sueddeutsche.de/politik/a-1.html', issued: [2024, 3, 17], accessed: [2024, 3, 18] })
    expect(items[2]).toMatchObject({ outlet: 'example.org', issued: null, accessed: [2024, 3, 18] })
  })

  it('makes unique ASCII cite keys, transliterating Cyrillic', () => {
    expect(citeKeys(items)).toEqual(['muller2024aussenministerium', 'tass2024mid', 'exampleorguntitled'])
    const twice = citeKeys([items[0], items[0], items[0]])
    expect(twice).toEqual(['muller2024aussenministerium', 'muller2024aussenministeriuma', 'muller2024aussenministeriumb'])
  })
})

describe('RIS', () => {
  it('writes newspaper records Zotero and Citavi read: TY NEWS, T2 outlet, AU Family, Given, DA, Y2, LA', () => {
    const text = toRis(items)
    const records = parseRis(text)
    expect(records).toHaveLength(3)
    const de = records[0]
    expect(de.get('TY')).toEqual(['NEWS'])
    expect(de.get('TI')).toEqual([GERMAN.title])
    expect(de.get('AU')).toEqual(['Müller, Anna', 'von der Leyen, Ursula'])
    expect(de.get('T2')).toEqual(['Süddeutsche Zeitung'])
    expect(de.get('PY')).toEqual(['2024'])
    expect(de.get('DA')).toEqual(['2024/03/17/'])
    expect(de.get('UR')).toEqual(['https://www.sueddeutsche.de/politik/a-1.html'])
    expect(de.get('Y2')).toEqual(['2024/03/18/'])
    expect(de.get('LA')).toEqual(['de'])
    // A line break in a title never starts a new (garbled) tag line.
    expect(records[1].get('TI')).toEqual(['МИД России заявил о попытке извне подорвать безопасность'])
    expect(records[1].get('AU')).toEqual(['ТАСС'])
    expect(records[2].has('DA')).toBe(false)
    // UTF-8 through and through.
    expect(Buffer.from(text, 'utf8').toString('utf8')).toContain('Außenministerium äußert')
  })
})

describe('CSL-JSON', () => {
  it('writes article-newspaper items with container-title, names, date-parts and language', () => {
    const parsed = JSON.parse(toCslJson(items)) as Record<string, unknown>[]
    checkCslItems(parsed)
    expect(parsed[0]).toEqual({
      id: 'parallax-7',
      type: 'article-newspaper',
      title: GERMAN.title,
      'container-title': 'Süddeutsche Zeitung',
      author: [
        { family: 'Müller', given: 'Anna' },
        { family: 'von der Leyen', given: 'Ursula' },
      ],
      issued: { 'date-parts': [[2024, 3, 17]] },
      URL: 'https://www.sueddeutsche.de/politik/a-1.html',
      accessed: { 'date-parts': [[2024, 3, 18]] },
      language: 'de',
    })
    expect(parsed[1].author).toEqual([{ literal: 'ТАСС' }])
    expect(parsed[2]).not.toHaveProperty('issued')
  })
})

describe('BibTeX', () => {
  it('writes @article entries with journaltitle, escaped specials and balanced braces', () => {
    const entries = parseBibtex(toBibtex(items))
    expect(entries.map((e) => [e.type, e.key])).toEqual([
      ['article', 'muller2024aussenministerium'],
      ['article', 'tass2024mid'],
      ['article', 'exampleorguntitled'],
    ])
    const de = entries[0].fields
    expect(de.get('title')).toBe('{Außenministerium äußert „große Besorgnis“ über 50 \\% \\& mehr\\_\\{Test\\}}')
    expect(de.get('author')).toBe('Müller, Anna and von der Leyen, Ursula')
    expect(de.get('journaltitle')).toBe('Süddeutsche Zeitung')
    expect(de.get('date')).toBe('2024-03-17')
    expect(de.get('urldate')).toBe('2024-03-18')
    expect(de.get('langid')).toBe('german')
    expect(entries[1].fields.get('author')).toBe('{ТАСС}')
    expect(entries[1].fields.get('langid')).toBe('russian')
  })

  it('keeps a title with backslashes, tildes and carets from starting TeX commands', () => {
    const tricky = citationItem(art({ id: 3, title: 'a\\b ~c^d $e# }{ end' }))
    const [entry] = parseBibtex(toBibtex([tricky]))
    expect(entry.fields.get('title')).toBe('{a\\textbackslash{}b \\textasciitilde{}c\\textasciicircum{}d \\$e\\# \\}\\{ end}')
  })
})
