import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseSearchText, toFtsQuery } from '../../../src/main/core/library/search-query'

describe('parseSearchText', () => {
  it('splits words, keeps quoted phrases (any quote style) and marks trailing-* prefixes', () => {
    expect(parseSearchText('Lavrov "peace talks" sanktion* „Auswärtiges Amt“ «Министерство обороны»')).toEqual([
      { text: 'Lavrov', prefix: false },
      { text: 'peace talks', prefix: false },
      { text: 'sanktion', prefix: true },
      { text: 'Auswärtiges Amt', prefix: false },
      { text: 'Министерство обороны', prefix: false },
    ])
  })

  it('drops terms with nothing searchable in them', () => {
    expect(parseSearchText('* ( ) - " " AND(')).toEqual([{ text: 'AND(', prefix: false }])
  })
})

describe('toFtsQuery', () => {
  it('quotes every term and AND-s them', () => {
    expect(toFtsQuery('peace talks')).toBe('"peace" AND "talks"')
    expect(toFtsQuery('"peace talks" Geneva')).toBe('"peace talks" AND "Geneva"')
    expect(toFtsQuery('minist*')).toBe('"minist"*')
  })

  it('folds ß and ё like the index does', () => {
    expect(toFtsQuery('Außenministerium ёлка')).toBe('"Aussenministerium" AND "елка"')
  })

  it('searches a one-letter prefix as a word rather than expanding it', () => {
    expect(toFtsQuery('a*')).toBe('"a"')
  })

  it('returns null when nothing is searchable', () => {
    expect(toFtsQuery('')).toBeNull()
    expect(toFtsQuery('  " * ( ')).toBeNull()
  })

  it('never produces an FTS5 syntax error, whatever is typed', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    db.prepare('INSERT INTO t VALUES (?)').run('and or not near the quick brown fox')
    const hostile = [
      '"', '""', '"""', 'AND(', 'OR', 'NOT', 'NEAR(a b)', 'a AND', '(a', 'a)', '*', '**', '^a', 'a:b', 'col:fox',
      '{a b}:fox', '-fox', '+fox', 'fox*"', '"fox', 'fox"quick', 'a"b"c', "'", '\\', '\u0000', 'fox NEAR/2 quick',
      'quick\u00a0fox', '😀', 'fox;DROP TABLE t', '"quick fox"*', 'a*b', '„fox', '«fox', 'fox»', '*fox',
    ]
    for (const input of hostile) {
      const q = toFtsQuery(input)
      if (q === null) continue
      expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(q), input).not.toThrow()
    }
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('AND(')!)).toEqual({ n: 1 })
    expect(db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(toFtsQuery('NOT')!)).toEqual({ n: 1 })
  })
})
