import type { Database } from 'better-sqlite3'
import { stemText } from './search-stems'

/**
 * SQL functions the library's triggers call, registered on every connection that writes to it.
 * `parallax_stems(text, language)` is the stemmed text the full-text index's stem columns are
 * built from (migration 008): computing it in the triggers keeps the index in step with every
 * write of an article's title, text or language, whoever writes it.
 */
export function registerSearchFunctions(db: Database): void {
  db.function('parallax_stems', { deterministic: true }, (text: unknown, language: unknown) =>
    typeof text === 'string' ? stemText(text, typeof language === 'string' ? language : null) : null,
  )
}
