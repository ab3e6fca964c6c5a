/**
 * Finds quotations: pairs of quotation marks in every common style („…“ “…” "…" «…» »…« ‚…‘ ‘…’ ‹…› ›…‹),
 * nested quotes, and quotes that run over several paragraphs (the typographic convention: the mark is
 * reopened at the start of each continued paragraph and closed only at the end).
 * Ambiguous marks are decided by what is open: “ closes „ (German) but opens an English quote;
 * » closes « (Russian/French) but opens a German »…«.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark. */
  close: number
  /** Content: text.slice(start, end), i.e. between the marks. */
  start: number
  end: number
  mark: string
  depth: number
  /** Opening marks at the start of continued paragraphs, inside [start, end). */
  reopenings: number[]
  nested: QuoteSpan[]
}

interface Open {
  mark: string
  pos: number
  closers: string
  reopenings: number[]
  nested: QuoteSpan[]
  /** Crossed a paragraph break without a reopening mark: must close within the next paragraph. */
  tentative: boolean
}

const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”',
  '«': '»',
  '»': '«',
  '‚': '‘’',
  '‘': '’',
  '‹': '›',
  '›': '‹',
  '"': '"”',
  "'": "'",
}

const MAX_DEPTH = 3
const DOUBLE = '„“”«»"‹›'
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const SPACE = /\s/u
const OPEN_CONTEXT = /[\s([{\-–—:/„“«»‚‘‹›"']/u

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch)
}

export function scanQuotes(original: string): QuoteSpan[] {
  const text = doubledMarks(original)
  const top: QuoteSpan[] = []
  const stack: Open[] = []

  const finish = (entry: Open, close: number) => {
    const span: QuoteSpan = {
      open: entry.pos,
      close,
      start: entry.pos + 1,
      end: trimEnd(text, entry.pos + 1, close),
      mark: entry.mark,
      depth: stack.length,
      reopenings: entry.reopenings,
      nested: entry.nested,
    }
    for (const child of span.nested) child.depth = span.depth + 1
    if (stack.length) stack[stack.length - 1].nested.push(span)
    else top.push(span)
  }

  /** An unclosed quote is not a quote: its mark was stray; completed inner quotes move up. */
  const drop = (entry: Open) => {
    const parent = stack[stack.length - 1]
    for (const child of entry.nested) {
      child.depth = stack.length
      if (parent) parent.nested.push(child)
      else top.push(child)
    }
  }

  let skipReopenAt = -1
  // The next “ or ”, and the next „ or line end, after a position: looked up forward only, so the scan stays linear.
  const closers = { re: /[“”]/g, at: -1, found: -1 }
  const barriers = { re: /[„\n]/g, at: -1, found: -1 }
  const nextAfter = (memo: { re: RegExp; at: number; found: number }, pos: number): number => {
    if (memo.at < 0 || (memo.found >= 0 && memo.found <= pos)) {
      memo.re.lastIndex = pos + 1
      memo.found = memo.re.exec(text)?.index ?? -1
      memo.at = pos
    }
    return memo.found
  }
  const interesting = /[„“”«»‚‘’‹›"'\n]/g
  for (let found = interesting.exec(text); found; found = interesting.exec(text)) {
    const i = found.index
    const ch = text[i]
    if (ch === '\n') {
      let j = i
      while (j < text.length && SPACE.test(text[j])) j++
      handleParagraphBreak(j)
      interesting.lastIndex = j
      continue
    }
    if (i === skipReopenAt) continue
    const prev = text[i - 1]
    const next = text[i + 1]
    const current = stack[stack.length - 1]

    // Apostrophes: ’ and ' inside words are not quotation marks.
    if ((ch === '’' || ch === "'") && LETTER_OR_DIGIT.test(prev ?? '') && LETTER_OR_DIGIT.test(next ?? '')) continue
    // A decade or year cut short ("the '60s", "die ’90er", "class of '16") is an elision, not an opening mark.
    if ((ch === '’' || ch === "'") && YEAR_ELISION.test(text.slice(i + 1, i + 6))) continue

    if (current && current.closers.includes(ch) && (canClose(ch, prev, next) || straightClosesLow(current, i))) {
      stack.pop()
      finish(current, i)
      continue
    }
    // A double mark may close an outer quote whose inner quote was left open (a typo in the source).
    if (DOUBLE.includes(ch) && ch !== '"') {
      const depth = findDeeper(ch)
      if (depth >= 0) {
        while (stack.length > depth + 1) drop(stack.pop()!)
        finish(stack.pop()!, i)
        continue
      }
    }
    // Straight single quotes are apostrophes unless nested in a quotation.
    if (ch === "'" && !stack.length) continue
    // Deeper nesting than a quote in a quote in a quote is stray marks, and would make the scan quadratic.
    if (ch in CLOSERS && canOpen(ch, prev, next) && stack.length < MAX_DEPTH) {
      stack.push({ mark: ch, pos: i, closers: CLOSERS[ch], reopenings: [], nested: [], tentative: false })
    }
  }
  while (stack.length > 1) drop(stack.pop()!)
  if (stack.length) {
    const last = stack.pop()!
    if (last.reopenings.length) closeAtParagraphEnd(last, text.length)
    else drop(last)
  }
  return top.sort((a, b) => a.open - b.open)

  function findDeeper(ch: string): number {
    for (let d = stack.length - 2; d >= 0; d--) if (stack[d].closers.includes(ch)) return d
    return -1
  }

  /** At a paragraph break (next paragraph starts at `at`): continue, tentatively continue, or drop open quotes. */
  function handleParagraphBreak(at: number) {
    if (!stack.length) return
    // Inner quotes never continue over a paragraph break.
    while (stack.length > 1) drop(stack.pop()!)
    const outer = stack[0]
    if (outer.tentative) {
      drop(stack.pop()!)
      return
    }
    if (text[at] === outer.mark) {
      outer.reopenings.push(at)
      skipReopenAt = at
      return
    }
    if (closesInParagraph(outer, at)) outer.tentative = true
    else if (outer.reopenings.length) closeAtParagraphEnd(stack.pop()!, at)
    else drop(stack.pop()!)
  }

  /**
   * A quote reopened on every paragraph that never closes (a page that lost its last mark): it ran to the end
   * of the last reopened paragraph.
   */
  function closeAtParagraphEnd(entry: Open, nextParagraph: number) {
    let end = nextParagraph
    while (end > entry.pos && SPACE.test(text[end - 1])) end--
    finish(entry, end)
  }

  /**
   * „…, "Darauf: a straight mark between a space and a word would open a quote, but inside „ it closes where the
   * text never closes „ with its own marks (text rebuilt from tokens: „Vaterland "fehlt): no “ or ” follows in the
   * paragraph before the next „.
   */
  function straightClosesLow(entry: Open, at: number): boolean {
    if (entry.mark !== '„' || text[at] !== '"' || !isSpace(text[at - 1])) return false
    const closer = nextAfter(closers, at)
    const barrier = nextAfter(barriers, at)
    return closer < 0 || (barrier >= 0 && closer > barrier)
  }

  /** Does the paragraph starting at `from` close the open quote before opening another of its kind? */
  function closesInParagraph(entry: Open, from: number): boolean {
    for (let k = from; k < text.length && text[k] !== '\n'; k++) {
      const c = text[k]
      // A mark that opens a new quote first (for straight marks: one after a space) means the old one ended.
      if (c === entry.mark && canOpen(c, text[k - 1], text[k + 1]) && (entry.mark !== '"' || isSpace(text[k - 1]))) return false
      if (entry.closers.includes(c) && canClose(c, text[k - 1], text[k + 1])) return true
    }
    return false
  }
}

/**
 * Typewriter quotes of two marks (''…'' in NYT text, ``…'' from TeX) read as one straight double quote: the same
 * text with the pair's outer mark turned into a space, so offsets stay those of the original.
 */
function doubledMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text
  return text.replace(/``|''/gu, (pair, at: number) => {
    const opening = pair === '``' || at === 0 || OPEN_CONTEXT.test(text[at - 1]) || SPACE.test(text[at - 1])
    return opening ? ' "' : '" '
  })
}

const YEAR_ELISION = /^\d\d(?:s|er|ern|\b)(?![\p{L}\d])/u

/** The content ends before any space left in front of the closing mark. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--
  return end
}

function canOpen(ch: string, prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined) return false
  if (ch === '"' || ch === "'" || ch === '‘') {
    return (prev === undefined || OPEN_CONTEXT.test(prev)) && !SPACE.test(next)
  }
  // French/Russian spacing « texte » is allowed; a mark followed by a line end is not an opening.
  return next !== '\n'
}

function canClose(ch: string, prev: string | undefined, next: string | undefined): boolean {
  if (ch === '"' || ch === "'" || ch === '’' || ch === '‘') {
    // A mark between spaces cannot open anything, so it closes: text rebuilt from tokens or typed carelessly
    // ("„Kann Er Träume deuten? " fragte er").
    if (isSpace(prev)) return ch === '"' && (next === undefined || SPACE.test(next) || /[.,;:!?)\]]/u.test(next))
    return next === undefined || !LETTER_OR_DIGIT.test(next)
  }
  return true
}

/** A copy of text with the content of the given quotes blanked out (same length; newlines kept). */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  if (!quotes.length) return text
  let out = ''
  let last = 0
  for (const q of quotes) {
    out += text.slice(last, q.start)
    out += text.slice(q.start, q.end).replace(/[^\n]/g, '·')
    last = q.end
  }
  return out + text.slice(last)
}
