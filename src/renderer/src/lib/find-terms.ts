/**
 * Where the words of a library search occur in an article's text, so the reader can highlight them.
 * Matching mirrors the search: case and diacritics folded (ß = ss, ё = е, é = e), words matched at
 * word starts so inflected forms count ("Außenministerium" finds "Außenministeriums", "заявил" finds
 * "заявили"), "quoted phrases" kept together, a trailing * is already a prefix. Offsets are UTF-16
 * offsets into the original text.
 */
import type { Span } from './article-text/segments'
import { fold } from './fold'

/** The folded text, and for each folded code unit the original offset it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    const f = fold(ch)
    for (let k = 0; k < f.length; k++) origin.push(i)
    folded += f
    i += ch.length
  }
  origin.push(text.length)
  return { folded, origin }
}

/** The search's terms: quoted phrases whole, other words one by one, operators and stars dropped. */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  const re = /"([^"]+)"|(\S+)/g
  for (const m of query.matchAll(re)) {
    const raw = (m[1] ?? m[2]).replace(/\*+$/, '')
    const words = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    if (words.length === 0) continue
    if (m[1] !== undefined) terms.push(words.map(fold).join(' '))
    else if (!/^(AND|OR|NOT|NEAR)$/.test(raw)) terms.push(...words.map(fold))
  }
  return [...new Set(terms)].filter((t) => t.length > 0)
}

/**
 * Spans of the text where a term starts at a word start (a phrase's words separated by any
 * non-word characters). Sorted, non-overlapping; at most `limit` spans.
 */
export function findTermRanges(text: string, query: string, limit = 500): Span[] {
  const terms = queryTerms(query)
  if (terms.length === 0 || !text) return []
  const { folded, origin } = foldWithMap(text)
  const patterns = terms.map((term) =>
    term
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^\\p{L}\\p{N}]+'),
  )
  // Longest first, so a phrase wins over its own first word at the same place.
  patterns.sort((a, b) => b.length - a.length)
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})[\\p{L}\\p{N}]*`, 'gu')
  const spans: Span[] = []
  for (const m of folded.matchAll(re)) {
    // Matches run to the end of a word, so they never end inside a character that folded to several.
    spans.push({ start: origin[m.index], end: origin[m.index + m[0].length] })
    if (spans.length >= limit) break
  }
  return spans
}
