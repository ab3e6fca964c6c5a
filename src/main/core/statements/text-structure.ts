/**
 * Paragraphs, subheadings, datelines and sentences of an article's plain text.
 * Sentence boundaries inside quotations are ignored, so a sentence always contains a whole quote
 * together with its attribution ("„A. B.“, sagte X.").
 */
import type { QuoteSpan } from './quotes'
import { fullMatch, isUpper } from './patterns'

export interface Paragraph {
  index: number
  start: number
  end: number
  /** A short line without final punctuation: a headline, subheading or page furniture. */
  heading: boolean
  /** End of a leading dateline ("Moskau (dpa) – ", "MOSCOW, Jan 6 (Reuters) - "), or start when none. */
  bodyStart: number
  /** The paragraph continues a quotation opened in an earlier one. */
  insideQuote: boolean
}

export interface Sentence {
  index: number
  paragraph: number
  start: number
  end: number
}

const TERMINAL = /[.!?…:;]$/u
const TRAILING_CLOSERS = /[\s"“”»«’‘›‹)\]]+$/u

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (!body) continue
    const start = m.index + lead
    const end = start + body.length
    out.push({ index: out.length, start, end, heading: isHeading(body), bodyStart: start + datelineLength(body), insideQuote: false })
  }
  return out
}

function isHeading(body: string): boolean {
  if (body.length > 160) return false
  const stripped = body.replace(TRAILING_CLOSERS, '')
  if (TERMINAL.test(stripped)) return false
  return body.split(/\s+/).length <= 22
}

// Dashes in all their typographic forms (‒ – — ―).
// "Moskau (dpa) – ", "KYIV/MOSCOW, Jan 6 (Reuters) - ", "(Reuters) — ", "BERLIN -- ", "МОСКВА, 6 января. /ТАСС/. ",
// "МОСКВА, 6 января — РИА Новости. "
const DATELINES = [
  // A byline run into the text: "By Aaron Humes: ", "Von Anna Schmidt – ".
  /^(?:By|Von|От)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[:|‒–—―-]\s*/u,
  // Live-blog timestamps: "13.47 Uhr: ", "9:05 a.m. – ", "13:47 — ".
  /^\d{1,2}[.:]\d{2}\s*(?:Uhr|a\.m\.|p\.m\.|am|pm|MEZ|MESZ|GMT|UTC|мск)?\s*[:‒–—―-]\s*/iu,
  /^\([^()\n]{1,30}\)\s*[-‒–—―]\s*/u,
  /^\p{Lu}{2,}(?:[ /.-]*\p{Lu}{2,}){0,3}(?:,[^\n‒–—―]{1,30}?)?\s*(?:--|[‒–—―-])\s+/u,
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:,[^()\n]{1,30}?)?\s*\([^()\n]{1,16}\)\s*[-‒–—―]\s*/u,
  // "München / Berlin - ", "Washington – ": places in title case before a dash set off by spaces.
  /^\p{Lu}\p{Ll}+(?:\s*\/\s*\p{Lu}\p{Ll}+){0,3}\s+[-‒–—―]\s+(?=\p{Lu})/u,
  /^\p{Lu}[\p{Lu}\s/-]{1,40}(?:,\s*\d{1,2}\s+\p{Ll}+)?\.?\s*\/[^/\n]{1,30}\/\.?\s*/u,
  /^\p{Lu}[\p{Lu}\s/-]{1,40},\s*\d{1,2}\s+\p{Ll}+\s*[-‒–—―]\s*[^.\n]{1,30}\.\s*/u,
]

function datelineLength(body: string): number {
  const head = body.slice(0, 90)
  // A dateline names a place, never with an article ("Das Ministerium (MID) – …" is a sentence).
  if (/^(?:der|die|das|the|a|an|ein|eine)\s/iu.test(head)) return 0
  for (const re of DATELINES) {
    const m = re.exec(head)
    if (m) return m[0].length
  }
  return 0
}

const ABBREVIATIONS = new Set(
  (
    'dr prof st nr bzw vgl ca usw etc z.b u.a d.h o.ä u.ä s.o. sog inkl ggf evtl jh jhd mio mrd bzw. ' +
    // Legal and bibliographic references ("§ 8 Abs. 2", "Art. 5 GG", "Bd. 3").
    'abs art ziff lit bd hrsg anm kap abschn gem i.v.m aufl sec para pp vol ' +
    'mr mrs ms messrs gen lt col sgt capt adm gov sen rep rev jr sr inc corp co ltd vs no approx dept est fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a ' +
    'т.е т.к т.д т.п т.н г гг им ул пр др проф ген млн млрд тыс руб долл см стр рис н.э ст акад'
  ).split(/\s+/),
)

const MONTHS =
  /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december)/iu
const SENTENCE_START = /[\p{Lu}\p{N}„“"«»‚‘‹›—–(\-]/u
const TERMINATOR = /[.!?…]+[”"“»«’‘›‹)\]]*(?=\s)/gu

/**
 * Sentences of every paragraph. A boundary is terminal punctuation (plus closing marks) followed by
 * whitespace and a sentence-initial character, unless it ends an abbreviation, an initial or a German
 * ordinal ("am 6. Januar"), or lies inside a quotation.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], quotes: readonly QuoteSpan[], language: string, speechVerb?: RegExp): Sentence[] {
  markQuotedParagraphs(paragraphs, quotes)
  const out: Sentence[] = []
  let q = 0
  for (const p of paragraphs) {
    let start = p.start
    const slice = text.slice(p.start, p.end)
    TERMINATOR.lastIndex = 0
    for (let m = TERMINATOR.exec(slice); m; m = TERMINATOR.exec(slice)) {
      const at = p.start + m.index
      const boundary = at + m[0].length
      let next = boundary
      while (next < p.end && /\s/u.test(text[next])) next++
      if (next >= p.end) break
      if (!SENTENCE_START.test(text[next]) && !isUpper(text[next])) continue
      if (m[0][0] === '.' && m[0].length === 1 && !isPeriodBoundary(text, at, next, language)) continue
      // "“Can I trust this data?” Pluznick recalled.": a quote ending in a question or exclamation mark (where no comma
      // can stand) keeps the inquit after it — a name and a verb of saying that ends its clause.
      if (speechVerb && QUOTE_END.test(m[0]) && inquitFollows(text.slice(next, next + 80), speechVerb)) continue
      while (q < quotes.length && quotes[q].close < boundary) q++
      if (insideQuote(quotes, q, boundary)) {
        // „… ist. "Der Bericht …": a closing mark set apart from its stop (text rebuilt from tokens) still ends the sentence.
        const closing = quotes[q]?.close === next && quotes[q].depth === 0 ? next + 1 : -1
        if (closing < 0 || !/^[ \t\u00a0]*\p{Lu}/u.test(text.slice(closing, closing + 4))) continue
        let after = closing
        while (after < p.end && /\s/u.test(text[after])) after++
        out.push({ index: out.length, paragraph: p.index, start, end: closing })
        start = after
        continue
      }
      out.push({ index: out.length, paragraph: p.index, start, end: boundary })
      start = next
    }
    out.push({ index: out.length, paragraph: p.index, start, end: p.end })
  }
  return out
}

const QUOTE_END = /[!?][”"“»«’‘›‹]+$/u
/** One to four capitalised words (a name, "Sen. Ted Cruz"), the lowercase word after them, and the end of its clause. */
const NAME_THEN_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}(\p{Ll}+)(?=\s*[.,;!?]|\s+(?:on|in|at|to|last|this|yesterday|today)\s)/u

/** Does the text open with a name and a verb of saying ("Pluznick recalled", "Sen. Ted Cruz said")? */
function inquitFollows(text: string, speechVerb: RegExp): boolean {
  const verb = NAME_THEN_WORD.exec(text)?.[1]
  return !!verb && fullMatch(speechVerb, verb)
}

/** Paragraphs that start inside a quotation opened in an earlier paragraph (one merged pass). */
function markQuotedParagraphs(paragraphs: readonly Paragraph[], quotes: readonly QuoteSpan[]): void {
  let q = 0
  for (const p of paragraphs) {
    while (q < quotes.length && quotes[q].close < p.start) q++
    p.insideQuote = q < quotes.length && quotes[q].open < p.start
  }
}

function insideQuote(quotes: readonly QuoteSpan[], from: number, pos: number): boolean {
  for (let i = Math.max(0, from - 1); i < quotes.length && quotes[i].open < pos; i++) {
    if (quotes[i].open < pos && pos <= quotes[i].close) return true
  }
  return false
}

function isPeriodBoundary(text: string, dot: number, next: number, language: string): boolean {
  let w = dot
  while (w > 0 && /[\p{L}\p{N}.]/u.test(text[w - 1])) w--
  const word = text.slice(w, dot).toLowerCase()
  if (!word) return true
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) return false
  // An initial ("M. Sacharowa") or an acronym with dots ("U.S.").
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false
  if (/^\d{1,2}$/.test(word)) {
    const after = text.slice(next, next + 12)
    if (MONTHS.test(after)) return false
    // German ordinals ("am 6. Januar", "der 2. Weltkrieg") unless a quote or dash follows.
    if (language === 'de' && /^\p{L}/u.test(after)) return false
  }
  return true
}

/** Index of the sentence containing pos (binary search). */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}
