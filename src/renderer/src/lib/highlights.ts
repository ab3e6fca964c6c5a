/**
 * Search snippets mark hits with U+E000 (start) and U+E001 (end) in plain text. This turns them
 * into parts for text interpolation — the snippet is never treated as HTML. Unbalanced or nested
 * markers are tolerated; the markers themselves never reach the screen.
 */
export const HIT_START = '\uE000'
export const HIT_END = '\uE001'

export interface TextPart {
  text: string
  hit: boolean
}

export function splitHighlights(marked: string): TextPart[] {
  const parts: TextPart[] = []
  let depth = 0
  let from = 0
  const flush = (to: number) => {
    if (to <= from) return
    const text = marked.slice(from, to)
    const hit = depth > 0
    const last = parts[parts.length - 1]
    if (last && last.hit === hit) last.text += text
    else parts.push({ text, hit })
  }
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]
    if (c !== HIT_START && c !== HIT_END) continue
    flush(i)
    from = i + 1
    depth = c === HIT_START ? depth + 1 : Math.max(0, depth - 1)
  }
  flush(marked.length)
  return parts
}

/** The text without markers (for titles and accessible names). */
export function stripHighlights(marked: string): string {
  return marked.replace(/[\uE000\uE001]/g, '')
}
