import { foldWord } from './normalize'
import { classesAt, Digit, Invisible, Letter, Mark, widthAt } from './word-scan'

/** What separates a token from the one before it. */
export const Gap = {
  /** Whitespace only (or nothing): the words can belong to one phrase. */
  Space: 0,
  /** A hyphen with no spaces: parts of one compound ("US-Regierung", "Нью-Дели"). */
  Hyphen: 1,
  /** Punctuation, a dash, a paragraph break: a phrase never spans it. */
  Break: 2,
} as const
export type Gap = (typeof Gap)[keyof typeof Gap]

export interface Token {
  /** UTF-16 offsets into the text; `end` includes a possessive 's. */
  start: number
  end: number
  /** Folded form (see foldWord), without a possessive 's. */
  norm: string
  gap: Gap
  /** English/German possessive: "Russia's", "Belarus'". */
  possessive: boolean
  /** First letter is upper case. */
  upper: boolean
  /** First two letters are upper case (acronyms: "US", "МИДа", "NATO"). */
  caps: boolean
}

/** What a letter run is made of: [\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060] (soft hyphen and zero-width characters too). */
const RUN_PART = Letter | Mark | Digit | Invisible
const LETTER = /[\p{L}\p{N}]/u
const APOSTROPHES = /’/g

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019
const isLetter = (text: string, i: number) => i < text.length && LETTER.test(text[i])

/** Upper case, with fast paths for ASCII and Russian letters (called for every token). */
function isUpperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i)
  if (Number.isNaN(c)) return false
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  if (c >= 0x430 && c <= 0x44f) return false
  if (c >= 0x410 && c <= 0x42f) return true
  const ch = word[i]
  return ch !== ch.toLowerCase()
}

function gapBetween(text: string, from: number, to: number): Gap {
  if (from === to) return Gap.Space
  if (to - from === 1) {
    const c = text.charCodeAt(from)
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return Gap.Hyphen
  }
  let newlines = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      if (++newlines > 1) return Gap.Break
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0 && c !== 0x202f && c !== 0x2009) {
      return Gap.Break
    }
  }
  return Gap.Space
}

/**
 * Splits text into word tokens with folded forms, case flags and what separates them. One pass over
 * letter runs; a run continues across an inner apostrophe ("d'Orsay", "Russia's"), and single
 * capitals with dots make one abbreviation ("U.S.", "U.K.").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let prevEnd = 0
  // Letter runs are read code point by code point (word-scan.ts): a regex with these classes costs twice as much.
  for (let start = nextRun(text, 0); start >= 0; ) {
    const runEnd = endOfRun(text, start)
    let end = runEnd
    let word: string
    let possessive = false
    let resume: number
    if (end - start === 1 && text.charCodeAt(end) === 0x2e && isUpperAt(text, start) && isUpperAt(text, end + 1) && text.charCodeAt(end + 2) === 0x2e) {
      // U.S. / U.K. / E.U.
      let letters = text[start]
      while (isUpperAt(text, end + 1) && text.charCodeAt(end + 2) === 0x2e && !isLetter(text, end + 3)) {
        letters += text[end + 1]
        end += 3
      }
      word = letters
      end += 1
      resume = end
    } else {
      while (isApostrophe(text.charCodeAt(end)) && isLetter(text, end + 1)) end = endOfRun(text, end + 1)
      resume = end
      word = text.slice(start, end)
      if (end - start !== runEnd - start) {
        const plain = word.replace(APOSTROPHES, "'")
        if (plain.length > 2 && (plain.endsWith("'s") || plain.endsWith("'S"))) {
          word = word.slice(0, -2)
          possessive = true
        } else {
          word = plain
        }
      } else if (isApostrophe(text.charCodeAt(end)) && /[sxzß]$/i.test(word) && !isLetter(text, end + 1)) {
        // "Belarus' Außenministerium", "the United States' position"
        possessive = true
        end += 1
      }
    }
    const upper = isUpperAt(word, 0)
    tokens.push({
      start,
      end,
      norm: foldWord(word),
      gap: tokens.length === 0 ? Gap.Break : gapBetween(text, prevEnd, start),
      possessive,
      upper,
      caps: upper && (word.length < 2 || isUpperAt(word, 1)),
    })
    prevEnd = end
    start = nextRun(text, resume)
  }
  return tokens
}

/**
 * Where the next letter run starts at or after i, or -1. From inside a surrogate pair (an abbreviation's end can
 * fall there: "U.K." takes in the character after it) the pair counts whole, as a Unicode regex resumes.
 */
function nextRun(text: string, i: number): number {
  const c = text.charCodeAt(i)
  const before = text.charCodeAt(i - 1)
  if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) i--
  while (i < text.length) {
    if (classesAt(text, i) & RUN_PART) return i
    i += widthAt(text, i)
  }
  return -1
}

function endOfRun(text: string, i: number): number {
  while (i < text.length && classesAt(text, i) & RUN_PART) i += widthAt(text, i)
  return i
}
