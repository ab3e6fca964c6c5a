/**
 * Regex alternations built from word lists as a trie: "sagte|sagten|sagt" becomes "sag(?:t(?:en?)?)", so the
 * engine tries each first letter once instead of every form in turn. Forms are literal text; a space stands
 * for any run of whitespace ("made clear" matches "made  clear" and a line break).
 */

interface Node {
  end: boolean
  next: Map<string, Node>
}

const META = /[\\^$.*+?()[\]{}|/]/gu

function escapeChar(ch: string): string {
  if (ch === ' ') return '\\s+'
  return ch.replace(META, '\\$&')
}

/** A regex source matching exactly the given literal forms (no anchors, no word edges). Empty list: never matches. */
export function alternation(forms: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() }
  let count = 0
  for (const raw of forms) {
    const form = raw.replace(/\s+/gu, ' ').trim()
    if (!form) continue
    let node = root
    for (const ch of form) {
      let child = node.next.get(ch)
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }))
      node = child
    }
    if (!node.end) count++
    node.end = true
  }
  if (!count) return '(?!)'
  return emit(root)
}

function emit(node: Node): string {
  const leaves: string[] = []
  const branches: string[] = []
  for (const [ch, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!child.next.size) leaves.push(ch)
    else branches.push(escapeChar(ch) + emit(child))
  }
  // Single letters that end a form share one character class: "sagt[e]" rather than "sagt(?:e)".
  const alts = [...branches]
  const plainLeaves = leaves.filter((ch) => ch !== ' ')
  if (plainLeaves.length > 1) alts.push(`[${plainLeaves.map((ch) => ch.replace(/[\\\]^-]/gu, '\\$&')).join('')}]`)
  else if (plainLeaves.length === 1) alts.push(escapeChar(plainLeaves[0]))
  if (leaves.includes(' ')) alts.push('\\s+')
  if (!alts.length) return ''
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`
  if (!node.end) return body
  // The node ends a form and continues into longer ones: the longer ones first (greedy), then the form itself.
  return alts.length === 1 && isAtom(body) ? `${body}?` : `(?:${alts.join('|')})?`
}

/** A single regex atom that a quantifier applies to as a whole. */
function isAtom(s: string): boolean {
  return /^(?:\\.|[^\\()[\]]|\[(?:\\.|[^\]\\])*\])$/u.test(s) && s !== '\\s+'
}
