import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { buildFtsQuery, parseSearchText, toFtsQuery } from '../../../src/main/core/library/search-query'
import { queryStems, STEM_MARK, stemText } from '../../../src/main/core/library/search-stems'

describe('parseSearchText', () => {
  it('splits words, keeps quoted phrases (any quote style) and marks trailing-* prefixes', () => {
    expect(parseSearchText('Lavrov "peace talks" sanktion* „Auswärtiges Amt“ «Министерство обороны»')).toEqual([
      { text: 'Lavrov', prefix: false, quoted: false },
      { text: 'peace talks', prefix: false, quoted: true },
      { text: 'sanktion', prefix: true, quoted: false },
      { text: 'Auswärtiges Amt', prefix: false, quoted: true },
      { text: 'Министерство обороны', prefix: false, quoted: true },
    ])
  })

  it('drops terms with nothing searchable in them', () => {
    expect(parseSearchText('* ( ) - " " AND(')).toEqual([{ text: 'AND(', prefix: false, quoted: false }])
  })
})

/** Stems are indexed with a mark, so they never share an index term with exact words: no column filter is needed. */
const M = STEM_MARK

describe('toFtsQuery', () => {
  it('quotes every term and AND-s them; quoted terms and prefixes match exact forms only', () => {
    expect(toFtsQuery('"peace talks" Geneva')).toBe(`"peace talks" AND "${M}geneva"`)
    expect(toFtsQuery('minist*')).toBe(`"minist"*`)
    expect(toFtsQuery('"Ministerium"')).toBe(`"Ministerium"`)
  })

  it('looks an unquoted word up under any of its stems in the given languages', () => {
    expect(toFtsQuery('Unruhen', ['de'])).toBe(`("${M}unruhen" OR "${M}unruh" OR "${M}unruhe" OR "${M}unruhs")`)
    expect(toFtsQuery('Nord-Stream-Pipelines', ['en'])).toBe(`("${M}nord-${M}stream-${M}pipelines" OR "${M}nord-${M}stream-${M}pipelin")`)
  })

  it('ranks with the exact form of an unquoted word scoring beside its stems', () => {
    const fts = buildFtsQuery('Unruhen "Auswärtiges Amt"', ['de'])!
    expect(fts.rank).toBe(`("Unruhen" OR ("${M}unruhen" OR "${M}unruh" OR "${M}unruhe" OR "${M}unruhs")) AND "Auswärtiges Amt"`)
    expect(fts).toMatchObject({ exactTerms: true, stemmedTerms: true })
    expect(buildFtsQuery('"Amt"')).toMatchObject({ match: '"Amt"', rank: '"Amt"', stemmedTerms: false })
  })
})

describe('terms without column filters', () => {
  it('finds a stem only in the stem columns and an exact word or prefix only in the exact ones', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, text, title_stems, text_stems, tokenize='unicode61 remove_diacritics 2')")
    // "talk" is a stem of "talks" (stem columns) but no word of the text (exact columns); "foreign" is both.
    const text = 'foreign talks'
    db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)').run(text, text, stemText(text, 'en'), stemText(text, 'en'))
    const hits = (match: string) =>
      db.prepare("SELECT highlight(t, 0, '[', ']') || '|' || highlight(t, 2, '[', ']') FROM t WHERE t MATCH ?").pluck().all(match)
    expect(hits(toFtsQuery('"talk"')!)).toEqual([])
    expect(hits(toFtsQuery('talk', ['en'])!)).toEqual([`foreign talks|${M}foreign [${M}talk]`])
    expect(hits(toFtsQuery('"foreign"')!)).toEqual([`[foreign] talks|${M}foreign ${M}talk`])
    expect(hits(toFtsQuery('foreign', ['en'])!)).toEqual([`foreign talks|[${M}foreign] ${M}talk`])
    expect(hits(toFtsQuery('tal*')!)).toEqual([`foreign [talks]|${M}foreign ${M}talk`])
  })
})

describe('queryStems', () => {
  it('covers stems a stem cuts further, in both directions', () => {
    // Indexed: Казахстан → казахста, Казахстана → казахста, Казахстане → казахстан.
    expect(queryStems('Казахстана', ['ru'])).toEqual(expect.arrayContaining([`${M}казахста`, `${M}казахстан`]))
    // "казахстан" is a word of the library, so its own stem is one of its forms.
    const isWord = (w: string) => w === 'казахстан'
    expect(queryStems('Казахстане', ['ru'], isWord)).toEqual(expect.arrayContaining([`${M}казахстан`, `${M}казахста`]))
    // "regier" is no word, so "regi" (the stem of "Regie") is not looked up for "Regierung".
    expect(queryStems('Regierung', ['de'], () => false)).not.toContain(`${M}regi`)
  })

  it('stems with every language given and keeps the word itself for articles without a stemmer', () => {
    expect(queryStems('governments', ['en', 'de'])).toEqual(expect.arrayContaining([`${M}governments`, `${M}govern`, `${M}government`]))
  })
})

describe('toFtsQuery, folding', () => {
  it('folds ß and ё like the index does', () => {
    expect(toFtsQuery('Außenministerium ёлка')).toBe(`"${M}aussenministerium" AND "${M}елка"`)
    expect(toFtsQuery('"Außenministerium"')).toBe(`"Aussenministerium"`)
  })

  it('searches a one-letter prefix as a word rather than expanding it', () => {
    expect(toFtsQuery('a*')).toBe(`"${M}a"`)
  })

  it('returns null when nothing is searchable', () => {
    expect(toFtsQuery('')).toBeNull()
    expect(toFtsQuery('  " * ( ')).toBeNull()
  })

  it('never produces an FTS5 syntax error, whatever is typed', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, text, title_stems, text_stems, tokenize='unicode61 remove_diacritics 2')")
    const text = 'and or not near the quick brown fox'
    db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)').run(text, text, stemText(text, 'en'), stemText(text, 'en'))
    const hostile = [
      '"', '""', '"""', 'AND(', 'OR', 'NOT', 'NEAR(a b)', 'a AND', '(a', 'a)', '*', '**', '^a', 'a:b', 'col:fox',
      '{a b}:fox', '-fox', '+fox', 'fox*"', '"fox', 'fox"quick', 'a"b"c', "'", '\\', '\u0000', 'fox NEAR/2 quick',
      'quick\u00a0fox', '😀', 'fox;DROP TABLE t', '"quick fox"*', 'a*b', '„fox', '«fox', 'fox»', '*fox',
    ]
    for (const input of hostile) {
      const fts = buildFtsQuery(input, ['de', 'en', 'ru'])
      if (fts === null) continue
      expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(fts.rank), input).not.toThrow()
      const q = fts.match
      expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(q), input).not.toThrow()
    }
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('AND(')!)).toEqual({ n: 1 })
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('NOT')!)).toEqual({ n: 1 })
  })
})
