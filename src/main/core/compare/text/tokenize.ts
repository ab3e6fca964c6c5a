/** Word tokens with their offsets (UTF-16) in the original text. */
export interface WordToken {
  start: number
  end: number
  /** As written. */
  surface: string
  /** Lower-cased, ё folded to е, ’ to ': the form stemmers and stop lists expect. */
  lower: string
}

// Numbers with their group/decimal separators ("2.500", "1,000.5"); words with inner apostrophes
// ("don't", "Kazakhstan's" stays one word for the stemmer). Hyphens separate words ("Anti-Terror-Einsatz")
// but do not break a phrase.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*/gu

export function lowerFold(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'")
}

export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = []
  for (const m of text.matchAll(WORD)) {
    const surface = m[0]
    out.push({ start: m.index, end: m.index + surface.length, surface, lower: lowerFold(surface) })
  }
  return out
}

// Sentence ends, clause punctuation and quotation marks end a phrase: phrases never run across them.
const PHRASE_BREAK = /[.!?;:,()[\]{}"«»„“”‚‘’‹›…–—]/

/** Whether a phrase may run from one token to the next (nothing but spaces between them). */
export function joinsPhrase(text: string, left: WordToken, right: WordToken): boolean {
  return !PHRASE_BREAK.test(text.slice(left.end, right.start))
}
