import { foldForSearch } from './search-fold'
import { queryStems } from './search-stems'

/**
 * Turns what a person types into a safe FTS5 MATCH expression. Every term is emitted as a quoted
 * FTS5 string, so no user input is ever read as FTS syntax (AND, NEAR, column filters, parentheses,
 * stray quotes or stars): words are AND-ed, "quoted phrases" stay phrases and a trailing * makes
 * the last word of a term a prefix.
 *
 * An unquoted word finds its other forms: it matches any of its stems in the stem columns
 * (migration 009; search-stems.ts). Quoted terms and prefixes match exact forms only, in the exact
 * columns. For ranking, an unquoted word may also match its exact form in the exact columns: that
 * matches no other article, but adds to bm25, so exact forms rank first.
 *
 * No term names its columns: every token of the stem columns starts with STEM_MARK and no word of
 * the exact columns does, so a stem only ever matches in the stem columns and an exact word or
 * prefix only in the exact ones. A column filter would say the same and cost a decoding of each
 * hit's positions in every count, ranking and snippet pass.
 */
export interface SearchTerm {
  /** The term's text (a word, a hyphenated compound, or the inside of a quoted phrase). */
  text: string
  prefix: boolean
  /** Quoted: exactly these word forms. */
  quoted: boolean
}

export interface FtsQuery {
  /** Which articles match: stems for unquoted words. */
  match: string
  /**
   * The same articles, for ranking: an unquoted word also matches its exact form, which adds to
   * bm25, so exact forms rank first. It matches nothing more: an exact form's stem is in the stem
   * columns and among the word's stems (those of every language searched and the word itself).
   */
  rank: string
  /** Some term matches exact forms only (quoted or a prefix): its hits are in the exact columns. */
  exactTerms: boolean
  /** Some term matches word forms: its hits are in the stem columns. */
  stemmedTerms: boolean
}

/** unicode61's default token characters: letters, numbers and private-use characters. */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u
/** A one-letter prefix would expand to a large part of the vocabulary; it is searched as a word. */
const MIN_PREFIX_CHARS = 2

export function parseSearchText(input: string): SearchTerm[] {
  const terms: SearchTerm[] = []
  const text = input.normalize('NFC')
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (/\s/u.test(c)) {
      i++
    } else if (c === '"' || c === '„' || c === '“' || c === '”' || c === '«' || c === '»') {
      // A phrase runs to the next closing quote of any kind (or the end of the input).
      let end = i + 1
      while (end < text.length && !'"“”«»'.includes(text[end])) end++
      const prefix = text[end + 1] === '*'
      terms.push({ text: text.slice(i + 1, end), prefix, quoted: true })
      i = end + 1 + (prefix ? 1 : 0)
    } else {
      let end = i
      while (end < text.length && !/\s/u.test(text[end]) && !'"„“”«»'.includes(text[end])) end++
      const word = text.slice(i, end)
      terms.push({ text: word.replace(/\*+$/u, ''), prefix: word.endsWith('*'), quoted: false })
      i = end
    }
  }
  return terms.filter((t) => TOKEN_CHAR.test(t.text))
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`

/**
 * The MATCH expression for `input`, or null when it holds nothing searchable. `languages` are
 * those whose stems an unquoted word is looked up under: the library's, or the filter's.
 */
export function buildFtsQuery(
  input: string,
  languages: readonly string[] = [],
  isLibraryWord?: (word: string) => boolean,
  hasAnyStem?: (terms: readonly string[]) => boolean,
): FtsQuery | null {
  let exactTerms = false
  let stemmedTerms = false
  const parts = parseSearchText(input).map((term) => {
    const exact = quote(foldForSearch(term.text))
    if (term.prefix && lastWordLength(term.text) >= MIN_PREFIX_CHARS) {
      exactTerms = true
      return { match: `${exact}*` }
    }
    if (term.quoted) {
      exactTerms = true
      return { match: exact }
    }
    stemmedTerms = true
    // The word itself is always among them, so articles without a stemmer match here too.
    const stems = queryStems(term.text, languages, isLibraryWord, hasAnyStem).map(quote)
    const anyStem = stems.length === 1 ? stems[0] : `(${stems.join(' OR ')})`
    return { match: anyStem, rank: `(${exact} OR ${anyStem})` }
  })
  if (parts.length === 0) return null
  return {
    match: parts.map((p) => p.match).join(' AND '),
    rank: parts.map((p) => p.rank ?? p.match).join(' AND '),
    exactTerms,
    stemmedTerms,
  }
}

/**
 * Marks the language column's token (migration 015): a private-use character, a token character
 * that no text or stem token starts with, so the token matches that column only.
 */
export const LANGUAGE_MARK = '\uE110'

/** The query narrowed to articles in one of `languages` (two-letter codes) by the index's language column. */
export function inLanguages(fts: FtsQuery, languages: readonly string[]): FtsQuery {
  const tokens = languages.map((l) => quote(LANGUAGE_MARK + l))
  const anyLanguage = tokens.length === 1 ? tokens[0] : `(${tokens.join(' OR ')})`
  return { ...fts, match: `${fts.match} AND ${anyLanguage}`, rank: `${fts.rank} AND ${anyLanguage}` }
}

export function toFtsQuery(input: string, languages: readonly string[] = [], isLibraryWord?: (word: string) => boolean): string | null {
  return buildFtsQuery(input, languages, isLibraryWord)?.match ?? null
}

function lastWordLength(text: string): number {
  let n = 0
  for (let i = text.length - 1; i >= 0 && TOKEN_CHAR.test(text[i]); i--) n++
  return n
}
