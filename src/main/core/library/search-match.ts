import type { Statement } from 'better-sqlite3'
import type { SearchQuery } from '../../../shared/api'
import type { Db } from '../db/open'
import { LibraryMemo } from './library-memo'
import { indexedLanguages } from './search-filters'
import { buildFtsQuery, inLanguages, type FtsQuery } from './search-query'
import { STEMMED_LANGUAGES } from './search-stemmers'

/** The library's languages, one index seek each (a plain DISTINCT would read the whole index). */
const LANGUAGES = `WITH RECURSIVE l(language) AS (
    SELECT min(language) FROM articles
    UNION ALL SELECT (SELECT min(language) FROM articles WHERE language > l.language) FROM l WHERE l.language IS NOT NULL)
  SELECT language FROM l WHERE language IS NOT NULL`

/**
 * The MATCH expression of a query against this library: what buildFtsQuery needs to know about
 * the library (its languages, which words and stems it has), looked up once and remembered until
 * the library changes.
 */
export class SearchMatcher {
  private readonly languages: LibraryMemo<string[]>
  private readonly terms: LibraryMemo<boolean>
  private readonly selectLanguages: Statement
  private readonly termExists: Statement

  constructor(db: Db) {
    this.languages = new LibraryMemo(db, 1)
    this.terms = new LibraryMemo(db, 1000)
    this.selectLanguages = db.prepare(LANGUAGES).pluck()
    this.termExists = db.prepare('SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1').pluck()
  }

  /**
   * The query's words and, when the index holds them, its languages: the caller leaves those out
   * of its filter conditions (filterConditions(query, true)).
   */
  match(query: SearchQuery): FtsQuery | null {
    if (!query.text) return null
    const fts = buildFtsQuery(
      query.text,
      this.stemLanguages(query),
      (word) => this.hasAny([word]),
      (stems) => this.hasAny(stems),
    )
    const languages = indexedLanguages(query)
    return fts && languages ? inLanguages(fts, languages) : fts
  }

  /** The languages whose stems a word is looked up under: the filter's, else the library's. */
  private stemLanguages(query: SearchQuery): string[] {
    const present = query.languages?.length
      ? query.languages.map((l) => l.toLowerCase())
      : this.languages.get('', () => this.selectLanguages.all() as string[])
    return present.filter((l) => STEMMED_LANGUAGES.includes(l))
  }

  /**
   * Whether some article has any of the terms: one index lookup. Stems are marked, so a stem is
   * only found in the stem columns and a word only in the exact ones (search-query.ts).
   */
  private hasAny(terms: readonly string[]): boolean {
    const match = terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ')
    return this.terms.get(match, () => this.termExists.get(match) !== undefined)
  }
}
