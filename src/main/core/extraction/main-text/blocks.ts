import { isElement, TEXT_NODE, type DomElement, type DomNode } from '../dom'

/** One paragraph of text as a reader sees it: a run of inline content between block boundaries. */
export interface TextBlock {
  text: string
  /** Characters of `text` inside links. */
  linkLength: number
  /** The text before the first link (all of it when there is none), not trimmed. */
  beforeLink: string
  /** The block element that holds the run: p, li, h2, div, tr … */
  container: DomElement
  /** The text nodes the run is made of, so that dropping a block drops exactly its text. */
  nodes: DomNode[]
}

/** Elements that start a new paragraph; everything else flows inline. A table row is one paragraph, its cells separated by spaces. */
const BLOCK_TAGS = new Set(
  `address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form
   h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr caption ul`.split(/\s+/),
)
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export const isHeading = (block: TextBlock) => HEADINGS.has(block.container.localName)

/** A parent being walked: its next child, whether it is inside a link, and for a block the state to restore after it. */
interface Frame {
  next: DomNode | null
  inLink: boolean
  restore: readonly [DomElement, boolean] | null
}

/** A piece of inline content: a text node, or a line break (node null). */
interface Piece {
  text: string
  node: DomNode | null
  link: boolean
}

/**
 * The paragraphs under `root`, in reading order: each block element's direct inline content is
 * one paragraph; <br><br> also ends one (old sites paragraph that way); a single <br> is a line
 * break inside it. Whitespace is collapsed except inside <pre>.
 */
export function collectBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = []
  let run: Piece[] = []
  let container = root
  let pre = false

  const emit = (parts: string[], nodes: DomNode[], linkLength: number, beforeLink: string) => {
    let text = parts.join('')
    text = pre ? text.replace(/^\n+|\s+$/g, '') : text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
    if (text) blocks.push({ text, linkLength: Math.min(linkLength, text.length), beforeLink, container, nodes })
  }

  const flush = () => {
    let parts: string[] = []
    let nodes: DomNode[] = []
    let linkLength = 0
    let beforeLink: string | null = null
    let breaks = 0
    for (const piece of run) {
      if (!piece.node) {
        breaks++
        parts.push('\n')
        continue
      }
      if (piece.text.trim()) {
        if (breaks >= 2) {
          emit(parts, nodes, linkLength, beforeLink ?? parts.join(''))
          parts = []
          nodes = []
          linkLength = 0
          beforeLink = null
        }
        breaks = 0
        if (piece.link) {
          linkLength += piece.text.trim().length
          beforeLink ??= parts.join('')
        }
      }
      parts.push(piece.text)
      nodes.push(piece.node)
    }
    emit(parts, nodes, linkLength, beforeLink ?? parts.join(''))
    run = []
  }

  // Iterative, so that pathologically deep markup cannot overflow the stack.
  const stack: Frame[] = [{ next: root.firstChild, inLink: false, restore: null }]
  while (stack.length) {
    const frame = stack[stack.length - 1]
    const child = frame.next
    if (!child) {
      stack.pop()
      if (frame.restore) {
        flush()
        ;[container, pre] = frame.restore
      }
      continue
    }
    frame.next = child.nextSibling
    if (child.nodeType === TEXT_NODE) {
      const raw = child.textContent ?? ''
      const text = pre ? raw : raw.replace(/\s+/g, ' ')
      if (text) run.push({ text, node: child, link: frame.inLink })
    } else if (isElement(child)) {
      const tag = child.localName
      if (tag === 'br') {
        run.push({ text: '\n', node: null, link: false })
      } else if (BLOCK_TAGS.has(tag)) {
        flush()
        stack.push({ next: child.firstChild, inLink: frame.inLink, restore: [container, pre] })
        container = child
        pre ||= tag === 'pre'
      } else {
        if (tag === 'td' || tag === 'th') run.push({ text: ' ', node: child, link: false })
        stack.push({ next: child.firstChild, inLink: frame.inLink || tag === 'a', restore: null })
      }
    }
  }
  flush()
  return blocks
}

/** Drops a block's text from the document. */
export function removeBlock(block: TextBlock): void {
  for (const node of block.nodes) node.remove()
}

/** Whether `element` is `box` or stands inside it. */
export function isWithin(element: DomElement, box: DomElement): boolean {
  for (let e: DomElement | null = element; e; e = e.parentElement) if (e === box) return true
  return false
}
