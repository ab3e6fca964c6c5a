/**
 * Folding of words for matching: case-fold, ё→е, ß→ss, diacritics off Latin letters (ä→a, ş→s),
 * invisible characters (soft hyphen, zero-width) dropped. Cyrillic keeps й: stripping its breve
 * would merge distinct letters.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
/** Latin letters that carry a diacritic (Latin-1 Supplement to Latin Extended Additional). */
const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/g
const COMBINING = /\p{M}/gu
const NEEDS_WORK = /[^\x00-\x7F\u0430-\u044F]/

const SPECIAL: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ё: 'е' }

function foldLatin(ch: string): string {
  return SPECIAL[ch] ?? ch.normalize('NFD').replace(COMBINING, '')
}

/** Folded forms of the words that need more than lower case, as they recur (a text repeats its words); bounded. */
const folded = new Map<string, string>()
const FOLDED_MAX = 20000
/** Longer strings (a search text, not a word) are folded each time, not kept. */
const WORD_MAX = 64

/** The matching key of one word (or of any text: spaces and punctuation are kept). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  if (!NEEDS_WORK.test(lower)) return lower
  const known = folded.get(lower)
  if (known !== undefined) return known
  const w = lower.replace(INVISIBLE, '').replace(/ё/g, 'е')
  const key = w.replace(LATIN_WITH_MARKS, foldLatin).replace(/[ßæœøłđı]/g, (ch) => SPECIAL[ch] ?? ch)
  if (lower.length > WORD_MAX) return key
  if (folded.size >= FOLDED_MAX) folded.clear()
  folded.set(lower, key)
  return key
}

/**
 * A search key for typeahead: folded words separated by single spaces, punctuation dropped
 * (so "U.S.", "US" and "us" and "Außenamt"/"aussenamt" meet).
 */
export function searchKey(text: string): string {
  return foldWord(text)
    .replace(/(?<=\p{L})[.'’](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
