/** Regex helpers. JavaScript's \b and \w are ASCII-only, so word edges are spelled out with Unicode classes. */
import { classesAt, Digit, Letter, Mark, widthAt } from '../actors/word-scan'

export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}'

/** A regex matching any of the alternatives as whole words (global, case-insensitive, Unicode). */
export function words(alternatives: string | readonly string[], flags = 'giu'): RegExp {
  const body = typeof alternatives === 'string' ? alternatives : alternatives.join('|')
  return new RegExp(`(?<![${WORD_CHAR}])(?:${body})(?![${WORD_CHAR}])`, flags)
}

/** Every match of a global regex within text[from, to), with absolute offsets. */
export function matchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  const slice = from === 0 && to === text.length ? text : text.slice(from, to)
  re.lastIndex = 0
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    m.index += from
    out.push(m)
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

const stickyCopies = new WeakMap<RegExp, RegExp>()

function stickyCopy(re: RegExp): RegExp {
  let sticky = stickyCopies.get(re)
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)
    stickyCopies.set(re, sticky)
  }
  return sticky
}

/** The regex's match starting exactly at `at`, or null: a global regex's search would go on through the rest of the text. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  const sticky = stickyCopy(re)
  sticky.lastIndex = at
  return sticky.exec(text)
}

/**
 * matchesIn(re, text, 0, text.length), for a regex whose every match holds a hit of `anchor` (a cheap global
 * regex: literals) with only characters `backOver` accepts before it in the match. The regex is tried only at
 * the starts that reach back from an anchor hit, not at every position: on a long text a pattern that opens
 * with a lookbehind and a letter run ("\p{Ll}+en Kollegen") costs several times the scan for "olleg". The regex
 * must not match the empty string.
 */
export function matchesNear(re: RegExp, anchor: RegExp, backOver: RegExp, text: string): RegExpExecArray[] {
  if (!anchor.global) throw new Error('matchesNear needs a global anchor')
  const sticky = stickyCopy(re)
  const out: RegExpExecArray[] = []
  // No match starts before `next`: the end of the last match, or a position tried already.
  let next = 0
  anchor.lastIndex = 0
  for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
    const at = a.index
    anchor.lastIndex = at + (insidePair(text, at + 1) ? 2 : 1)
    if (at < next) continue
    let p = at
    // A surrogate pair's halves are no characters of their own: step over them (an astral letter may be part of the match).
    while (p > next && (backOver.test(text[p - 1]) || isSurrogate(text.charCodeAt(p - 1)))) p--
    let found = false
    for (; p <= at; p++) {
      // A Unicode regex's global scan never starts inside a surrogate pair.
      if (sticky.unicode && insidePair(text, p)) continue
      sticky.lastIndex = p
      const m = sticky.exec(text)
      if (!m) continue
      out.push(m)
      next = p + m[0].length
      anchor.lastIndex = Math.max(anchor.lastIndex, next)
      found = true
      break
    }
    if (!found) next = at + 1
  }
  return out
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff
const insidePair = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  const before = text.charCodeAt(i - 1)
  return c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff
}

const WORD_START = `(?<![${WORD_CHAR}])`
const NOTHING = /(?!)/u
const bodies = new WeakMap<RegExp, RegExp | null>()

/**
 * matchesIn over the whole text for a regex opening with words()'s word-start lookbehind: the rest of the pattern
 * is the anchor (matchesNear). For phrases with a few first words ("nach Angaben", "wird … zitiert") that is several
 * times faster than testing the lookbehind at every position; for a long list of single words it is slower.
 */
export function matchesAfterWordStart(re: RegExp, text: string): RegExpExecArray[] {
  let body = bodies.get(re)
  if (body === undefined) {
    body = re.source.startsWith(WORD_START) ? new RegExp(re.source.slice(WORD_START.length), re.flags) : null
    bodies.set(re, body)
  }
  return body ? matchesNear(re, body, NOTHING, text) : matchesIn(re, text, 0, text.length)
}

const LETTER = /\p{L}/u
/** Per UTF-16 unit: 0 not looked at yet, 1 a letter, 2 not (a surrogate alone is no letter). */
const letterUnits = new Uint8Array(0x10000)

/** The length of the code point ending at `end` (not reaching before `from`): positive for a letter, negative otherwise. */
function codePointBefore(text: string, from: number, end: number): number {
  const c = text.charCodeAt(end - 1)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : -1
  if (c >= 0xdc00 && c <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? 2 : -2
  }
  if (!letterUnits[c]) letterUnits[c] = LETTER.test(text[end - 1]) ? 1 : 2
  return letterUnits[c] === 1 ? 1 : -1
}

/**
 * The last `count` runs of letters in text[from, to), the last first: the end of text.slice(from, to).match(/\p{L}+/gu),
 * read backwards without slicing the window and every word in it.
 */
export function lastLetterRuns(text: string, from: number, to: number, count: number): string[] {
  const out: string[] = []
  let i = to
  while (out.length < count && i > from) {
    let n = codePointBefore(text, from, i)
    while (n < 0) {
      i += n
      if (i <= from) return out
      n = codePointBefore(text, from, i)
    }
    const end = i
    while (n > 0) {
      i -= n
      if (i <= from) break
      n = codePointBefore(text, from, i)
    }
    out.push(text.slice(i, end))
  }
  return out
}

/** Does the global regex match the whole word ("said" by the verbs of saying, not "saidst")? */
export function fullMatch(re: RegExp, word: string): boolean {
  re.lastIndex = 0
  const m = re.exec(word)
  return !!m && m.index === 0 && m[0].length === word.length
}

/** English irregular past tenses: a verb, never part of a name phrase ("Cruz spoke", "Trump went"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'went said told made gave took came saw sent held kept left met put ran set stood won began broke brought chose drew drove fell felt found got grew heard hit knew led lost meant paid rose sought spoke struck threw thought wrote became'.split(' '),
)

export interface Token {
  text: string
  start: number
  end: number
}

const WORD_PART = Letter | Mark | Digit
/** The hyphen, apostrophes and dot inside a word ("US-led", "O’Brien", "U.S"). */
const isJoiner = (c: number) => c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e

/**
 * Word tokens (letters/digits with inner hyphens, apostrophes and dots) of text[from, to): what
 * /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\/gu matches in text.slice(from, to), read code point by code
 * point (word-scan.ts): the text is cut into words sentence by sentence, and that regex costs twice as much.
 */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  let i = from
  while (i < to) {
    if (!(classesAt(text, i, to) & WORD_PART)) {
      i += widthAt(text, i, to)
      continue
    }
    const start = i
    i = afterWordPart(text, i, to)
    while (i + 1 < to && isJoiner(text.charCodeAt(i)) && classesAt(text, i + 1, to) & WORD_PART) i = afterWordPart(text, i + 1, to)
    out.push({ text: text.slice(start, i), start, end: i })
  }
  return out
}

function afterWordPart(text: string, i: number, to: number): number {
  while (i < to && classesAt(text, i, to) & WORD_PART) i += widthAt(text, i, to)
  return i
}

/** A UTF-16 unit that a regex's \s matches. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

export function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** A German subordinate clause opens with one of these; the main clause's verb then follows its closing comma. */
export const GERMAN_SUBORDINATOR = /^(?:als|wenn|weil|nachdem|obwohl|obgleich|da|während|bevor|ehe|sobald|seit|seitdem|sofern|falls|damit|indem|wie|wo|ob)(?![\p{L}])/iu

const BARE_WHO = /(?<!,\s*)(?<![\p{L}])who\s+(?:(?:also|then|later|once|never|has|had|have|\p{Ll}+ly)\s+){0,2}$/iu

/** Where an English "who" without a comma stands right before the verb at pos, or -1. */
export function bareWhoBefore(masked: string, language: string, from: number, pos: number): number {
  if (language !== 'en') return -1
  const lead = masked.slice(Math.max(from, pos - 40), pos)
  const m = BARE_WHO.exec(lead)
  return m ? pos - lead.length + m.index : -1
}

const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|into|with|for|of|on|by|near|across|im|in|aus|nach|bei|mit|von|vom|zu|zur|zum|über|gegen|в|во|на|из|с|со|к|по|у|о|об|außer|neben|except|besides|without|ohne|кроме|помимо)\s+(?:(?:the|der|die|das|dem|den)\s+)?$/iu

/** Prepositions that are other words in another language ("an" is English's article), for that language only. */
const OWN_PREPOSITION_BEFORE: Record<string, RegExp> = {
  de: /(?<![\p{L}])(?:an|am|auf|für)\s+(?:(?:der|die|das|dem|den)\s+)?$/iu,
  ru: /(?<![\p{L}])(?:от|для|при|за|над|под|перед|между|ко)\s+$/iu,
}

/**
 * A preposition of the medium or occasion before a noun: "said in a statement", "at a briefing", "sagte in einer
 * Erklärung", "mit den Worten", "заявил в обращении": the noun is how something was said, not what.
 */
export const MEDIUM_BEFORE = /(?:^|\s)(?:in|im|at|via|through|per|with|during|before|bei|beim|vor|mit|während|в|во|на|при|перед)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu

/** Text before start ends in a preposition: what follows is a place or an object, not a subject. */
export function followsPreposition(masked: string, start: number, language?: string): boolean {
  const before = masked.slice(Math.max(0, start - 16), start)
  return PREPOSITION_BEFORE.test(before) || (!!language && !!OWN_PREPOSITION_BEFORE[language]?.test(before))
}

/** An English or Russian sentence opening with a subordinate clause ("But while Republicans …, sources say …"). */
const FRONTED_CLAUSE: Record<string, RegExp> = {
  en: /^[\s"“]*(?:(?:but|and|yet)\s+)?(?:while|although|though|because|if|when|whenever|since|after|before|as|whereas|unless|once|until)\s[^,;:.!?]{1,200},\s*/iu,
  ru: /^[\s"«]*(?:(?:но|а|и)\s+)?(?:хотя|когда|если|поскольку|пока|после\s+того\s+как|в\s+то\s+время\s+как)\s[^,;:.!?]{1,200},\s*/iu,
}

/** Where the main clause begins when a subordinate clause opens the sentence before pos; else from. */
export function afterFrontedClause(masked: string, language: string, from: number, pos: number): number {
  const m = FRONTED_CLAUSE[language]?.exec(masked.slice(from, pos))
  return m && from + m[0].length < pos ? from + m[0].length : from
}
