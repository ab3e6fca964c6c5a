import { TEXT_NODE, type DomDocument, type DomElement } from '../dom'
import { isArticleFurnitureName } from './boilerplate-names'
import { collectBlocks } from './blocks'
import { isProse } from './paragraph-shape'

/** Link share up to which a paragraph of prose is the writer's sentence with a link in it. */
const MAX_LINK_SHARE = 0.5
/** Readability drops a box whose text is more than this share links (and unwraps one up to a quarter). */
const READABILITY_LINK_SHARE = 0.2

/**
 * Puts a paragraph of prose in the place of the boxes that hold only it (sites that set every paragraph in a card:
 * `<div class="card"><div class="card-content"><p>…</p></div></div>`). Readability replaces such a box by its
 * paragraph only while a quarter or less of its text is links, and later drops a box whose text is a fifth links:
 * a sentence that links a journal's name lost its paragraph.
 */
export function unwrapParagraphBoxes(document: DomDocument): void {
  const body = document.body
  if (!body) return
  for (const p of [...body.getElementsByTagName('p')]) {
    let box: DomElement | null = null
    let named = false
    for (let e = p.parentElement; e && e !== body && e.localName === 'div' && onlyChild(e) && e.parentElement; e = e.parentElement) {
      box = e
      named ||= isArticleFurnitureName(e)
    }
    // A box named as furniture (a caption, a byline) keeps its name for the cleanup to read.
    if (!box || named) continue
    const blocks = collectBlocks(p)
    if (blocks.length !== 1 || !isProse(blocks[0].text)) continue
    // Only the paragraphs Readability would drop: moving the others changes nothing but its scoring.
    const share = blocks[0].linkLength / blocks[0].text.length
    if (share <= READABILITY_LINK_SHARE || share > MAX_LINK_SHARE) continue
    box.parentElement!.insertBefore(p, box)
    box.remove()
  }
}

/** Whether the element holds a single element and no text of its own. */
function onlyChild(element: DomElement): boolean {
  let elements = 0
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (child.textContent?.trim()) return false
    } else if (child.nodeType === 1) elements++
  }
  return elements === 1
}
