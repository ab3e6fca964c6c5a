import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseSearchText, toFtsQuery } from '../../../src/main/core/library/search-query'
import { queryStems } from '../../../src/main/core/library/search-stems'

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

const EXACT = '{title text}'
const STEMS = '{title_stems text_stems}'

describe('toFtsQuery', () => {
  it('quotes every term and AND-s them; quoted terms and prefixes match exact forms only', () => {
    expect(toFtsQuery('"peace talks" Geneva')).toBe(`${EXACT} : "peace talks" AND (${EXACT} : "Geneva" OR ${STEMS} : "geneva")`)
    expect(toFtsQuery('minist*')).toBe(`${EXACT} : "minist"*`)
    expect(toFtsQuery('"Ministerium"')).toBe(`${EXACT} : "Ministerium"`)
  })

  it('looks an unquoted word up in its exact form or any of its stems in the given languages', () => {
    expect(toFtsQuery('Unruhen', ['de'])).toBe(`(${EXACT} : "Unruhen" OR ${STEMS} : ("unruhen" OR "unruh" OR "unruhe" OR "unruhs"))`)
    expect(toFtsQuery('Nord-Stream-Pipelines', ['en'])).toBe(`(${EXACT} : "Nord-Stream-Pipelines" OR ${STEMS} : ("nord-stream-pipelines" OR "nord-stream-pipelin"))`)
  })
})

describe('queryStems', () => {
  it('covers stems a stem cuts further, in both directions', () => {
    // Indexed: Казахстан → казахста, Казахстана → казахста, Казахстане → казахстан.
    expect(queryStems('Казахстана', ['ru'])).toEqual(expect.arrayContaining(['казахста', 'казахстан']))
    // "казахстан" is a word of the library, so its own stem is one of its forms.
    const isWord = (w: string) => w === 'казахстан'
    expect(queryStems('Казахстане', ['ru'], isWord)).toEqual(expect.arrayContaining(['казахстан', 'казахста']))
    // "regier" is no word, so "regi" (the stem of "Regie") is not looked up for "Regierung".
    expect(queryStems('Regierung', ['de'], () => false)).not.toContain('regi')
  })

  it('stems with every language given and keeps the word itself for articles without a stemmer', () => {
    expect(queryStems('governments', ['en', 'de'])).toEqual(expect.arrayContaining(['governments', 'govern', 'government']))
  })
})

describe('toFtsQuery, folding', () => {
  it('folds ß and ё like the index does', () => {
    expect(toFtsQuery('Außenministerium ёлка')).toBe(
      `(${EXACT} : "Aussenministerium" OR ${STEMS} : "aussenministerium") AND (${EXACT} : "елка" OR ${STEMS} : "елка")`,
    )
  })

  it('searches a one-letter prefix as a word rather than expanding it', () => {
    expect(toFtsQuery('a*')).toBe(`(${EXACT} : "a" OR ${STEMS} : "a")`)
  })

  it('returns null when nothing is searchable', () => {
    expect(toFtsQuery('')).toBeNull()
    expect(toFtsQuery('  " * ( ')).toBeNull()
  })

  it('never produces an FTS5 syntax error, whatever is typed', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, text, title_stems, text_stems, tokenize='unicode61 remove_diacritics 2')")
    const text = 'and or not near the quick brown fox'
    db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)').run(text, text, text, text)
    const hostile = [
      '"', '""', '"""', 'AND(', 'OR', 'NOT', 'NEAR(a b)', 'a AND', '(a', 'a)', '*', '**', '^a', 'a:b', 'col:fox',
      '{a b}:fox', '-fox', '+fox', 'fox*"', '"fox', 'fox"quick', 'a"b"c', "'", '\\', '\u0000', 'fox NEAR/2 quick',
      'quick\u00a0fox', '😀', 'fox;DROP TABLE t', '"quick fox"*', 'a*b', '„fox', '«fox', 'fox»', '*fox',
    ]
    for (const input of hostile) {
      const q = toFtsQuery(input, ['de', 'en', 'ru'])
      if (q === null) continue
      expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(q), input).not.toThrow()
    }
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('AND(')!)).toEqual({ n: 1 })
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('NOT')!)).toEqual({ n: 1 })
  })
})
