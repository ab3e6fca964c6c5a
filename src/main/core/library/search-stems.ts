import { foldForSearch } from './search-fold'
import { stemmerFor, type Stemmer } from './search-stemmers'

/**
 * Word stems for the full-text index's stem columns and for queries.
 *
 * `stemText` replaces every word of a text by its stem and keeps everything between words as it
 * is. The stem columns are indexed from that text, while snippet() reads the article's own text
 * for them (see migration 008): FTS5 only lines the two up if both tokenize into the same number
 * of tokens, so a word here must be exactly what FTS5's unicode61 tokenizer calls a token.
 * unicode61 takes letters, numbers, private-use characters and the combining marks that
 * remove_diacritics folds (U+0300 …) as token characters; characters it treats differently
 * (symbols Unicode added after 6.1, such as newer emoji) are copied unchanged, so FTS5 splits the
 * stemmed text exactly where it splits the original.
 */
const WORD = /[\p{L}\p{N}\p{Co}\u0300-\u0304\u0306-\u030C\u030F\u0311\u031B\u0323-\u0328\u032D\u032E\u0330\u0331]+/gu
const ONE_WORD = /^[\p{L}\p{N}\p{Co}\u0300-\u0304\u0306-\u030C\u030F\u0311\u031B\u0323-\u0328\u032D\u032E\u0330\u0331]+$/u
const HAS_LETTER = /\p{L}/u

/**
 * Every stem in the index starts with this private-use character (a token character, so it stays
 * part of the word): stems and exact words never share an index term. Otherwise a word that is
 * its own stem ("foreign") would list its exact and its stem positions in one entry, and every
 * exact, prefix and stem lookup would read both.
 */
export const STEM_MARK = '\uE10F'

/** Stems already computed, per stemmer: news vocabulary repeats, so most words are found here. */
const CACHE_LIMIT = 200_000
const caches = new Map<Stemmer | null, Map<string, string>>()

/** The word lower-cased, composed and folded like the exact columns (ß → ss, ё → е). */
export function normaliseWord(word: string): string {
  return foldForSearch(word.normalize('NFC').toLowerCase())
}

/** The stem of one word in a language; the normalised word itself where no stemmer applies. */
export function stemWord(word: string, stemmer: Stemmer | null): string {
  // Cached by the word as written: most words repeat, and normalising is half the cost.
  let cache = caches.get(stemmer)
  if (!cache) caches.set(stemmer, (cache = new Map()))
  let stem = cache.get(word)
  if (stem === undefined) {
    const lower = normaliseWord(word)
    stem = stemmer && HAS_LETTER.test(lower) ? stemmer(lower) : lower
    // A stem must stay one token, or the stem column would no longer line up with the text.
    if (!ONE_WORD.test(stem)) stem = lower
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(word, stem)
  }
  return stem
}

/**
 * The text with each word replaced by its stem in `language` (by its normalised form without a
 * stemmer), marked with STEM_MARK: what the stem columns index.
 */
export function stemText(text: string, language: string | null | undefined): string {
  const stemmer = stemmerFor(language)
  return text.replace(WORD, (word) => STEM_MARK + stemWord(word, stemmer))
}

/** stemText without the marks. */
function stemsOf(text: string, stemmer: Stemmer | null): string {
  return text.replace(WORD, (word) => stemWord(word, stemmer))
}

/** Letters tried after a stem to find the longer stems that stem to it (see queryStems). */
const EXTENSIONS: readonly { script: RegExp; letters: readonly string[] }[] = [
  { script: /^\p{Script=Cyrillic}+$/u, letters: [...'абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґўјљњћџ'] },
  { script: /^\p{Script=Latin}+$/u, letters: [...'abcdefghijklmnopqrstuvwxyzäöüåæøéèêàâçñóíú'] },
]

/**
 * The terms (marked) a query word may be indexed under in the stem columns, for the given languages: the
 * word itself (articles in languages without a stemmer) and its stem in each language. Snowball
 * is not idempotent: a stem can itself be cut further ("казахстане" → "казахстан", but "казахстан"
 * → "казахста"), so the forms of one word can be indexed under a stem and under a longer stem of
 * it. Both directions are covered, without guessing: longer stems that stem to the word's stem
 * (the stem and one more letter), and, when the stem is itself a word of the library
 * (`isLibraryWord`), that word's own stem. Of these, only the terms the index has are returned
 * (`hasAnyStem`: whether the index has any of the terms).
 */
export function queryStems(
  text: string,
  languages: readonly string[],
  isLibraryWord: (word: string) => boolean = () => false,
  hasAnyStem: (terms: readonly string[]) => boolean = () => true,
): string[] {
  const mark = (form: string) => form.replace(WORD, (word) => STEM_MARK + word)
  const forms = new Set([stemsOf(text, null)])
  const longer = new Set<string>()
  const oneWord = ONE_WORD.test(text)
  for (const language of languages) {
    const stemmer = stemmerFor(language)
    if (!stemmer) continue
    const stem = stemsOf(text, stemmer)
    forms.add(stem)
    if (!oneWord) continue
    const letters = EXTENSIONS.find((e) => e.script.test(stem))?.letters ?? []
    for (const letter of letters) if (stemWord(stem + letter, stemmer) === stem) longer.add(stem + letter)
    const further = stemWord(stem, stemmer)
    if (further !== stem && isLibraryWord(stem)) forms.add(further)
  }
  // Every term in the expression costs work for every hit, so only terms the index has are kept
  // (the word itself when none is: the expression then matches nothing, as it should). The longer
  // stems are mostly absent: one lookup asks about all of them first.
  const exists = (term: string) => hasAnyStem([term])
  const candidates = [...longer].filter((form) => !forms.has(form)).map(mark)
  const found = [...[...forms].map(mark).filter(exists), ...(candidates.length && hasAnyStem(candidates) ? candidates.filter(exists) : [])]
  return found.length > 0 ? found : [mark([...forms][0])]
}
