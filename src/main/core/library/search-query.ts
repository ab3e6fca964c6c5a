import { foldForSearch } from './search-fold'

/**
 * Turns what a person types into a safe FTS5 MATCH expression. Every term is emitted as a quoted
 * FTS5 string, so no user input is ever read as FTS syntax (AND, NEAR, column filters, parentheses,
 * stray quotes or stars): words are AND-ed, "quoted phrases" stay phrases and a trailing * makes
 * the last word of a term a prefix.
 */
export interface SearchTerm {
  /** The term's text (a word, a hyphenated compound, or the inside of a quoted phrase). */
  text: string
  prefix: boolean
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
      terms.push({ text: text.slice(i + 1, end), prefix })
      i = end + 1 + (prefix ? 1 : 0)
    } else {
      let end = i
      while (end < text.length && !/\s/u.test(text[end]) && !'"„“”«»'.includes(text[end])) end++
      const word = text.slice(i, end)
      terms.push({ text: word.replace(/\*+$/u, ''), prefix: word.endsWith('*') })
      i = end
    }
  }
  return terms.filter((t) => TOKEN_CHAR.test(t.text))
}

/** The MATCH expression for `input`, or null when it holds nothing searchable. */
export function toFtsQuery(input: string): string | null {
  const parts = parseSearchText(input).map((term) => {
    const body = foldForSearch(term.text).replaceAll('"', '""')
    return `"${body}"${term.prefix && lastWordLength(term.text) >= MIN_PREFIX_CHARS ? '*' : ''}`
  })
  return parts.length > 0 ? parts.join(' AND ') : null
}

function lastWordLength(text: string): number {
  let n = 0
  for (let i = text.length - 1; i >= 0 && TOKEN_CHAR.test(text[i]); i--) n++
  return n
}
