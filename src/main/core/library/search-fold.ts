/**
 * Letter foldings that FTS5's unicode61 tokenizer (remove_diacritics 2) leaves alone but readers
 * treat as the same word: German ß/ẞ written as ss (Swiss spelling, capitals, old texts) and Russian
 * ё, which is usually printed as е. The index and the queries are folded the same way. Each folding
 * maps letters to letters, so token boundaries and positions stay those of the original text and
 * snippets can still be cut from (and show) the unfolded article text.
 */
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ẞ: 'SS', ё: 'е', Ё: 'Е' }
const FOLDABLE = /[ßẞёЁ]/g

export function foldForSearch(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDS[c])
}
