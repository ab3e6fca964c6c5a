import { foldForSearch } from '../library/search-fold'
import { parseSearchText } from '../library/search-query'

/**
 * The MATCH expression for a text filter on statements (statements_fts: quote, speaker, referent), or null
 * when the input holds nothing searchable: every word as written (folded as the index folds it), a trailing
 * `*` a prefix, quotes a phrase. The article index's word forms and column filters do not apply here.
 */
export function statementTextQuery(input: string): string | null {
  const parts = parseSearchText(input).map((term) => {
    const phrase = `"${foldForSearch(term.text).replaceAll('"', '""')}"`
    return term.prefix ? `${phrase}*` : phrase
  })
  return parts.length ? parts.join(' AND ') : null
}
