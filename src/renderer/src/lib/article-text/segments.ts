/**
 * Splits an article's plain text into paragraphs and each paragraph into segments over which the
 * set of covering highlight ranges is constant. Ranges are UTF-16 offsets into the whole text; they
 * may overlap, nest, cross paragraph boundaries, or be out of bounds (clamped; empty ones dropped).
 * Pure and DOM-free, so the rendering in ArticleText.vue stays trivial and this is unit-tested.
 */

export interface HighlightRange {
  /** Stable id (number, or a string without spaces): used for scrolling and click events. */
  id: string | number
  /** UTF-16 offsets into the text, end exclusive. */
  start: number
  end: number
  /** Any CSS colour; defaults to the theme's highlight colour. */
  color?: string
  /** Tooltip, e.g. the speaker. */
  title?: string
}

export interface TextSegment {
  start: number
  end: number
  /** Ranges covering this segment, outermost (longest) first; the last one is drawn on top. */
  ranges: HighlightRange[]
}

export interface TextParagraph {
  start: number
  end: number
  segments: TextSegment[]
}

export interface Span {
  start: number
  end: number
}

/** A paragraph break: a line break, optionally blank-ish lines, then another line break. */
const PARAGRAPH_BREAK = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)+/g
const WHITESPACE = /\s/

/**
 * Paragraphs separated by blank lines, with surrounding whitespace trimmed (offsets still point
 * into the original text). Single line breaks stay inside a paragraph.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = []
  let from = 0
  const push = (start: number, end: number) => {
    while (start < end && WHITESPACE.test(text[start])) start++
    while (end > start && WHITESPACE.test(text[end - 1])) end--
    if (end > start) spans.push({ start, end })
  }
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return spans
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Moves an offset that falls inside a surrogate pair to the pair's start or end. */
function snap(text: string, offset: number, toEnd: boolean): number {
  if (offset <= 0 || offset >= text.length) return offset
  if (isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1))) return toEnd ? offset + 1 : offset - 1
  return offset
}

/** Clamps ranges to the text, snaps them off surrogate pairs, and drops empty or malformed ones. */
export function normalizeRanges(text: string, ranges: readonly HighlightRange[]): HighlightRange[] {
  const out: HighlightRange[] = []
  for (const r of ranges) {
    if (!Number.isFinite(r.start) || !Number.isFinite(r.end)) continue
    const start = snap(text, Math.max(0, Math.min(text.length, Math.trunc(r.start))), false)
    const end = snap(text, Math.max(0, Math.min(text.length, Math.trunc(r.end))), true)
    if (end > start) out.push(start === r.start && end === r.end ? r : { ...r, start, end })
  }
  return out
}

/** Outermost first: longer ranges before shorter, then by start, then by input order (stable sort). */
const byNesting = (a: HighlightRange, b: HighlightRange) => b.end - b.start - (a.end - a.start) || a.start - b.start

/**
 * Paragraphs with their segments. Text between paragraphs (the blank lines) is not part of any
 * segment; a range crossing paragraphs is drawn in each paragraph it touches.
 */
export function segmentText(text: string, ranges: readonly HighlightRange[]): TextParagraph[] {
  const paragraphs = splitParagraphs(text)
  const normalized = normalizeRanges(text, ranges)
  if (normalized.length === 0) {
    return paragraphs.map((p) => ({ ...p, segments: [{ start: p.start, end: p.end, ranges: [] }] }))
  }

  // Sweep: ranges sorted by start enter the active set as the cursor passes their start.
  const byStart = [...normalized].sort((a, b) => a.start - b.start)
  const cuts = [...new Set(normalized.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b)

  const result: TextParagraph[] = []
  let next = 0
  let cut = 0
  let active: HighlightRange[] = []
  for (const p of paragraphs) {
    // Paragraphs and cuts are both in text order, so one pointer walks the cuts once.
    while (cut < cuts.length && cuts[cut] <= p.start) cut++
    const points = [p.start]
    while (cut < cuts.length && cuts[cut] < p.end) points.push(cuts[cut++])
    points.push(p.end)

    const segments: TextSegment[] = []
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]
      const b = points[i + 1]
      if (a === b) continue
      while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++])
      active = active.filter((r) => r.end > a)
      const covering = active.filter((r) => r.start <= a && r.end >= b).sort(byNesting)
      const previous = segments[segments.length - 1]
      // Neighbours with the same ranges are one segment (fewer DOM nodes, unbroken selection).
      if (previous && previous.end === a && sameRanges(previous.ranges, covering)) previous.end = b
      else segments.push({ start: a, end: b, ranges: covering })
    }
    result.push({ ...p, segments })
  }
  return result
}

function sameRanges(a: HighlightRange[], b: HighlightRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i])
}

/**
 * Trims whitespace off both ends of a selection (offsets into text); null if nothing but
 * whitespace is selected. Selections made by double-click or drag often include a trailing space.
 */
export function trimSelection(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(text.length, Math.max(start, end))
  while (s < e && WHITESPACE.test(text[s])) s++
  while (e > s && WHITESPACE.test(text[e - 1])) e--
  return e > s ? { start: s, end: e } : null
}
