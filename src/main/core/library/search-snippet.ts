/**
 * Snippets for queries whose hits are in two index columns. FTS5's snippet() marks the hits of one
 * column only, and a query with a quoted phrase and an unquoted word has its hits in the exact
 * text column and in the stem column. Both columns read the same article text (migration 009), so
 * highlight() of each gives the same text with different marks: their union is cut here to a
 * window like snippet()'s.
 */
export const HIT_START = '\uE000'
export const HIT_END = '\uE001'
const ELLIPSIS = '…'
/** Words shown before the first hit of the window, for context. */
const LEAD_WORDS = 4

type Range = [start: number, end: number]

/** The text without marks and the marked ranges in it. */
function parseMarks(marked: string): { text: string; ranges: Range[] } {
  let text = ''
  const ranges: Range[] = []
  let open = -1
  for (const c of marked) {
    if (c === HIT_START) open = text.length
    else if (c === HIT_END) {
      if (open >= 0 && text.length > open) ranges.push([open, text.length])
      open = -1
    } else text += c
  }
  return { text, ranges }
}

function union(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const r of sorted) {
    const last = merged.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** The window of about `words` words with the most hits, its hits marked; null without hits. */
export function mergedSnippet(markedA: string, markedB: string, words: number): string | null {
  const a = parseMarks(markedA)
  const b = parseMarks(markedB)
  const hits = union([...a.ranges, ...(a.text === b.text ? b.ranges : [])])
  if (hits.length === 0) return null
  const text = a.text
  const wordStarts = [...text.matchAll(/\S+/gu)].map((m) => [m.index, m.index + m[0].length] as Range)
  const wordOf = (offset: number) => {
    let i = wordStarts.findIndex((w) => w[1] > offset)
    if (i < 0) i = wordStarts.length - 1
    return i
  }
  const hitWords = hits.map((h) => wordOf(h[0]))
  let best = { first: 0, count: -1 }
  for (const w of hitWords) {
    const first = Math.max(0, Math.min(w - LEAD_WORDS, wordStarts.length - words))
    const count = hitWords.filter((x) => x >= first && x < first + words).length
    if (count > best.count) best = { first, count }
  }
  const lastWord = Math.min(wordStarts.length, best.first + words) - 1
  const from = wordStarts[best.first][0]
  const to = wordStarts[lastWord][1]
  let out = best.first > 0 ? ELLIPSIS : ''
  let at = from
  for (const [start, end] of hits) {
    if (end <= from || start >= to) continue
    const s = Math.max(start, from)
    const e = Math.min(end, to)
    out += `${text.slice(at, s)}${HIT_START}${text.slice(s, e)}${HIT_END}`
    at = e
  }
  out += text.slice(at, to)
  return lastWord < wordStarts.length - 1 ? out + ELLIPSIS : out
}

/**
 * A snippet that starts at most `lead` words before its first hit. snippet() often starts its
 * window well before the hit, and a list shows a snippet in one line: the hit would fall off its end.
 */
export function leadToFirstHit(snippet: string, lead = LEAD_WORDS): string {
  const hit = snippet.indexOf(HIT_START)
  if (hit < 0) return snippet
  const before = snippet.slice(0, hit)
  const words = [...before.matchAll(/\S+\s*/gu)]
  if (words.length <= lead) return snippet
  return ELLIPSIS + words.slice(-lead).map((m) => m[0]).join('') + snippet.slice(hit)
}
