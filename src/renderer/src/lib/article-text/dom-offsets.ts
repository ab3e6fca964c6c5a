/**
 * Maps DOM positions inside a rendered ArticleText back to offsets into the article's text.
 * Every text node ArticleText renders sits alone in an element carrying data-start/data-end
 * (its offsets), so a (node, offset) point converts without measuring or walking the text.
 */

/* The few DOM members used, as structural types: real DOM nodes fit them, and so do the nodes of a
   server-side DOM (the unit tests run under Node without the DOM library). */
export interface DomNode {
  readonly nodeType: number
  readonly parentNode: DomNode | null
  readonly childNodes: ArrayLike<DomNode>
  contains(other: DomNode | null): boolean
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
  compareDocumentPosition(other: DomNode): number
}

const ELEMENT = 1
const TEXT = 3
const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT

function segmentOf(node: DomNode, root: DomElement): DomElement | null {
  let el: DomNode | null = isElement(node) ? node : node.parentNode
  while (el && el !== root) {
    if (isElement(el) && el.hasAttribute('data-start')) return el
    el = el.parentNode
  }
  return null
}

const startOf = (el: DomElement) => Number(el.getAttribute('data-start'))
const endOf = (el: DomElement) => Number(el.getAttribute('data-end'))

function firstSegmentIn(node: DomNode): DomElement | null {
  if (!isElement(node)) return null
  return node.hasAttribute('data-start') ? node : node.querySelector('[data-start]')
}

function lastSegmentIn(node: DomNode): DomElement | null {
  if (!isElement(node)) return null
  const all = node.querySelectorAll('[data-start]')
  return all.length ? all[all.length - 1] : node.hasAttribute('data-start') ? node : null
}

/**
 * The text offset of a DOM point (as in a Selection's anchor/focus). Points before the rendered text
 * map to 0, after it to `textLength`; points between segments to the next segment's start.
 */
export function offsetOfPoint(root: DomElement, node: DomNode, offset: number, textLength: number): number {
  if (node !== root && node.contains(root)) {
    // A point in an ancestor (e.g. a triple-click selecting up to the next block): before or after root?
    const children = Array.from(node.childNodes)
    const holder = children.findIndex((c) => c === root || c.contains(root))
    return offset <= holder ? 0 : textLength
  }
  if (!root.contains(node)) {
    // DOCUMENT_POSITION_PRECEDING (2): the point comes before root, so before the text. Compared by
    // element (a text node's parent is outside root too), which every DOM implementation gets right.
    const outside = isElement(node) ? node : (node.parentNode ?? node)
    return root.compareDocumentPosition(outside) & 2 ? 0 : textLength
  }
  if (node.nodeType === TEXT) {
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
export function segmentAt(root: DomElement, offset: number): DomElement | null {
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
