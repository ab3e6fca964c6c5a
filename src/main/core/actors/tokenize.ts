import { foldWord } from './normalize'

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

// An abbreviation with dots ("U.S.", "U.K."), or a word with inner apostrophes ("d'Orsay", "Russia's").
const WORD =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]+(?:['’][\p{L}\p{M}\u00AD]+)*/gu
const APOSTROPHES = /’/g

const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase()

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

/** Splits text into word tokens with folded forms, case flags and what separates them. One pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let prevEnd = 0
  for (const m of text.matchAll(WORD)) {
    const raw = m[0]
    const start = m.index
    let end = start + raw.length
    let word = raw
    let possessive = false
    if (raw.endsWith('.')) {
      word = raw.replace(/\./g, '')
    } else {
      const lower = raw.replace(APOSTROPHES, "'")
      if (lower.length > 2 && (lower.endsWith("'s") || lower.endsWith("'S"))) {
        word = raw.slice(0, -2)
        possessive = true
      } else {
        const next = text.charCodeAt(end)
        // "Belarus' Außenministerium", "the United States' position"
        if ((next === 0x27 || next === 0x2019) && /[sxzß]$/i.test(raw) && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
          possessive = true
          end += 1
        }
      }
    }
    const first = word[0]
    tokens.push({
      start,
      end,
      norm: foldWord(word).replace(APOSTROPHES, "'"),
      gap: tokens.length === 0 ? Gap.Break : gapBetween(text, prevEnd, start),
      possessive,
      upper: isUpper(first),
      caps: isUpper(first) && (word.length < 2 || isUpper(word[1])),
    })
    prevEnd = end
  }
  return tokens
}
