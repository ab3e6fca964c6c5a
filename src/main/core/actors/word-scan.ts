/**
 * Words of one shape found by reading the text code point by code point, with the Unicode classes of each BMP
 * character looked up once: what a regex such as /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*\/gu finds, several
 * times faster on a long text (the regex tests the lookbehind and a class of hundreds of ranges at every position).
 */

/** Unicode classes of a code point, as bits. */
export const Letter = 1
export const Mark = 2
export const Digit = 4
export const Lower = 8
export const Upper = 16
/** The apostrophes and the hyphen that words of names carry inside ("O’Brien", "Müller-Lüdenscheidt"). */
export const Inner = 32
/** The soft hyphen and zero-width characters, which sit inside words unseen. */
export const Invisible = 128

const KNOWN = 64
const classesOfUnit = new Uint8Array(0x10000)

function classify(ch: string): number {
  let bits = KNOWN
  if (/\p{L}/u.test(ch)) bits |= Letter
  if (/\p{M}/u.test(ch)) bits |= Mark
  if (/\p{N}/u.test(ch)) bits |= Digit
  if (/\p{Ll}/u.test(ch)) bits |= Lower
  if (/\p{Lu}/u.test(ch)) bits |= Upper
  if (ch === "'" || ch === '’' || ch === '-') bits |= Inner
  if (/[\u00AD\u200B-\u200D\u2060]/u.test(ch)) bits |= Invisible
  return bits
}

/**
 * The classes of the code point starting at i, in a text that ends at `end` (a surrogate pair read whole, a
 * surrogate alone — also one whose other half lies past `end` — as nothing).
 */
export function classesAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return classify(text.slice(i, i + 2))
  }
  const known = classesOfUnit[c]
  return known ? known : (classesOfUnit[c] = classify(text[i]))
}

/** The length in UTF-16 units of the code point starting at i, in a text that ends at `end`. */
export function widthAt(text: string, i: number, end = text.length): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

/** The classes of the code point ending at i (exclusive), 0 at the text's start. */
function classesBefore(text: string, i: number): number {
  if (i <= 0) return 0
  const c = text.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2)
    if (high >= 0xd800 && high <= 0xdbff) return classesAt(text, i - 2)
  }
  return classesAt(text, i - 1)
}

/**
 * Calls `found(start, end)` for every word: a code point with all the `first` classes, then as many code points
 * as have any of the `rest` classes; with `wordStart`, only where the code point before has none of Letter, Mark,
 * Digit. As the global regex /(?<!…)first[rest]*\/gu scans: leftmost first, each word after the last one's end.
 */
export function scanWords(text: string, first: number, rest: number, wordStart: boolean, found: (start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const here = classesAt(text, i)
    if ((here & first) !== first || (wordStart && classesBefore(text, i) & (Letter | Mark | Digit))) {
      i += widthAt(text, i)
      continue
    }
    const start = i
    i += widthAt(text, i)
    while (i < n && classesAt(text, i) & rest) i += widthAt(text, i)
    found(start, i)
  }
}
