/**
 * W3C Web Annotation selectors for statements: a TextPositionSelector (start/end offsets) and a
 * TextQuoteSelector (exact text with a little context either side). When the text changes, a highlight
 * is found again by its quote, choosing among repeats by how well the context matches and how close
 * the old position is.
 */

export const CONTEXT_CHARS = 32
const MAX_CANDIDATES = 200

export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  }
}

/** Where the quote is in `text` now: its old position if it still holds, else the best-matching occurrence, else null. */
export function reanchor(text: string, selector: QuoteSelector, oldStart: number): { start: number; end: number } | null {
  const { exact } = selector
  if (!exact) return null
  if (text.startsWith(exact, oldStart)) return { start: oldStart, end: oldStart + exact.length }
  let best: { start: number; score: number } | null = null
  let found = 0
  for (let at = text.indexOf(exact); at >= 0 && found < MAX_CANDIDATES; at = text.indexOf(exact, at + 1), found++) {
    const score =
      commonSuffix(text.slice(Math.max(0, at - selector.prefix.length), at), selector.prefix) +
      commonPrefix(text.slice(at + exact.length, at + exact.length + selector.suffix.length), selector.suffix) -
      Math.min(1, Math.abs(at - oldStart) / Math.max(1, text.length))
    if (!best || score > best.score) best = { start: at, score }
  }
  return best ? { start: best.start, end: best.start + exact.length } : null
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}
