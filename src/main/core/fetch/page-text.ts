import { decodeBytes } from '../extraction/charset'
import { isElement, parseDocument, type DomNode } from '../extraction/dom'
import { joinParagraphs } from '../extraction/text'

/** Parts of a page that are not its content: code, navigation, chrome, controls. */
const SKIP = 'script, style, noscript, template, svg, iframe, object, nav, header, footer, aside, form, button, select, [hidden], [aria-hidden=true]'
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
])

/**
 * The visible text of a page's main area, one paragraph per block: what a watched page is compared
 * by when it holds no article (a press office's list of releases, a statement index). Walks the
 * tree without recursion, so deeply nested hostile markup cannot exhaust the stack.
 */
export function pageText(bytes: Uint8Array, charset: string | null): { title: string | null; text: string } {
  const document = parseDocument(decodeBytes(bytes, charset ?? undefined).text)
  const title = document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() || null
  const root = document.querySelector('main, [role=main]') ?? document.body
  if (!root) return { title, text: '' }
  for (const element of [...root.querySelectorAll(SKIP)]) element.remove()

  const blocks: string[] = []
  let current = ''
  const flush = () => {
    const line = current.replace(/\s+/gu, ' ').trim()
    if (line) blocks.push(line)
    current = ''
  }
  // Each entry is a node to enter, or (as `exit`) a block element being left.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }]
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!
    if (exit) {
      flush()
      continue
    }
    if (!isElement(node)) {
      if (node.nodeType === 3) current += node.textContent ?? ''
      continue
    }
    if (BLOCKS.has(node.tagName)) {
      flush()
      stack.push({ node, exit: true })
    }
    const children = [...node.childNodes]
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false })
  }
  flush()
  return { title, text: joinParagraphs(blocks) }
}
