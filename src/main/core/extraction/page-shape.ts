/**
 * How big and how deep a page is, measured on its source in one linear pass before any DOM is built.
 * Building a DOM and running Readability over it costs time that grows with element count and, worse,
 * with nesting depth (10⁶ nested <div>s took two minutes): such pages are read by the flat reader
 * instead (main-text/flat-text.ts), which keeps their text in a time proportional to their size.
 */

export interface PageShape {
  /** Start tags in the page. */
  elements: number
  /** The deepest nesting of elements that must be closed explicitly. */
  depth: number
}

/** Real article pages nest a few dozen elements deep (the deepest of the 671 benchmark pages: 82). */
export const MAX_DEPTH = 400
/** Real article pages have a few thousand elements (the largest benchmark page: under 10,000). */
export const MAX_ELEMENTS = 120_000

/** Elements without content, and those whose end tag may be left out: neither nests in the parsed page. */
const NO_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp'.split(' '),
)
/** Elements whose content is not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'plaintext'])

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g

export function measurePage(html: string): PageShape {
  let elements = 0
  let depth = 0
  let deepest = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase()
    if (!name) continue // a comment
    if (m[1]) {
      if (!NO_NESTING.has(name) && depth > 0) depth--
      continue
    }
    elements++
    if (RAW_TEXT.has(name)) {
      // Skip to the element's end tag: its text may spell tags.
      const close = new RegExp(`</${name}`, 'gi')
      close.lastIndex = TAG.lastIndex
      TAG.lastIndex = close.exec(html)?.index ?? html.length
      continue
    }
    if (m[3] || NO_NESTING.has(name)) continue
    if (++depth > deepest) deepest = depth
  }
  return { elements, depth: deepest }
}

/** Whether a page is beyond what the full extraction reads in reasonable time. */
export function isTooComplex(shape: PageShape): boolean {
  return shape.depth > MAX_DEPTH || shape.elements > MAX_ELEMENTS
}
