/**
 * Maps DOM positions inside a rendered ArticleText back to offsets into the article's text.
 * Every text node ArticleText renders sits alone in an element carrying data-start/data-end
 * (its offsets), so a (node, offset) point converts without measuring or walking the text.
 */

function segmentOf(node: Node, root: Element): Element | null {
  let el: Node | null = node.nodeType === 1 ? node : node.parentNode
  while (el && el !== root) {
    if ((el as Element).hasAttribute?.('data-start')) return el as Element
    el = el.parentNode
  }
  return null
}

const startOf = (el: Element) => Number(el.getAttribute('data-start'))
const endOf = (el: Element) => Number(el.getAttribute('data-end'))

function firstSegmentIn(node: Node): Element | null {
  if (node.nodeType !== 1) return null
  const el = node as Element
  return el.hasAttribute('data-start') ? el : el.querySelector('[data-start]')
}

function lastSegmentIn(node: Node): Element | null {
  if (node.nodeType !== 1) return null
  const el = node as Element
  const all = el.querySelectorAll('[data-start]')
  return all.length ? all[all.length - 1] : el.hasAttribute('data-start') ? el : null
}

/**
 * The text offset of a DOM point (as in a Selection's anchor/focus). Points before the rendered text
 * map to 0, after it to `textLength`; points between segments to the next segment's start.
 */
export function offsetOfPoint(root: Element, node: Node, offset: number, textLength: number): number {
  if (node !== root && node.contains(root)) {
    // A point in an ancestor (e.g. a triple-click selecting up to the next block): before or after root?
    const children = Array.from(node.childNodes)
    const holder = children.findIndex((c) => c === root || c.contains(root))
    return offset <= holder ? 0 : textLength
  }
  if (!root.contains(node)) {
    // DOCUMENT_POSITION_PRECEDING (2): the point comes before root, so before the text. Compared by
    // element (a text node's parent is outside root too), which every DOM implementation gets right.
    const outside = node.nodeType === 1 ? node : (node.parentNode ?? node)
    return root.compareDocumentPosition(outside) & 2 ? 0 : textLength
  }
  if (node.nodeType === 3) {
    const seg = segmentOf(node, root)
    if (seg) return Math.min(endOf(seg), startOf(seg) + offset)
  }
  // An element point: "before child #offset". Find the nearest segment at or after it.
  const children = node.childNodes
  for (let i = offset; i < children.length; i++) {
    const seg = firstSegmentIn(children[i])
    if (seg) return startOf(seg)
  }
  // Nothing after it inside this node: the end of the last segment before it …
  for (let i = Math.min(offset, children.length) - 1; i >= 0; i--) {
    const seg = lastSegmentIn(children[i])
    if (seg) return endOf(seg)
  }
  // … or of the enclosing segment / the node itself.
  const enclosing = segmentOf(node, root)
  if (enclosing) return offset > 0 ? endOf(enclosing) : startOf(enclosing)
  return node === root && offset > 0 ? textLength : 0
}

/** The segment element containing a text offset (for scrolling to it). */
export function segmentAt(root: Element, offset: number): Element | null {
  const all = root.querySelectorAll('[data-start]')
  let lo = 0
  let hi = all.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const el = all[mid]
    if (offset < startOf(el)) hi = mid - 1
    else if (offset >= endOf(el)) lo = mid + 1
    else return el
  }
  // Between paragraphs: the next segment.
  return all[lo] ?? all[all.length - 1] ?? null
}
