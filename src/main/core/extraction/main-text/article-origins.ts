import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from '../dom'
import { isWithin, type TextBlock } from './blocks'

/**
 * Which <article> element each text node stood in, taken before Readability moves the nodes (it moves text nodes
 * unchanged, while it may replace their elements). Null when the page has fewer than two <article> elements: then
 * there is no other article whose text could follow the article's own.
 */
export function articleOrigins(document: DomDocument): ReadonlyMap<DomNode, DomElement> | null {
  const articles = document.body ? [...document.body.getElementsByTagName('article')] : []
  if (articles.length < 2) return null
  const origin = new Map<DomNode, DomElement>()
  // In document order, so that a nested <article> (a comment in a post) overwrites the one around it.
  for (const article of articles) {
    const stack: DomNode[] = [article]
    while (stack.length) {
      const node = stack.pop()!
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE) origin.set(child, article)
        else if (isElement(child)) stack.push(child)
      }
    }
  }
  return origin
}

/** Share of the text kept so far above which one <article> is the article the page is about (not one of several posts). */
const MAIN_SHARE = 0.75

/**
 * Where the text of other articles begins after the article's own: when most of the text not yet found to be
 * furniture (`junk`) comes from one <article>, the paragraphs after its last one that come from a different <article>
 * (not one within it or around it) tease other stories ("When the three greatest players ever …" under a newsletter
 * box). `blocks.length` when none.
 */
export function otherArticlesStart(
  blocks: readonly TextBlock[],
  origin: ReadonlyMap<DomNode, DomElement> | null,
  junk: ReadonlySet<TextBlock> = new Set(),
): number {
  if (!origin) return blocks.length
  const articleOf = (block: TextBlock) => block.nodes.map((n) => origin.get(n)).find(Boolean) ?? null
  const share = new Map<DomElement, number>()
  let total = 0
  for (const block of blocks) {
    if (junk.has(block)) continue
    total += block.text.length
    const article = articleOf(block)
    if (article) share.set(article, (share.get(article) ?? 0) + block.text.length)
  }
  const [main, length] = [...share].reduce((a, b) => (b[1] > a[1] ? b : a), [null as DomElement | null, 0])
  if (!main || length < total * MAIN_SHARE) return blocks.length
  const related = (article: DomElement) => isWithin(article, main) || isWithin(main, article)
  let last = -1
  blocks.forEach((block, i) => {
    const article = articleOf(block)
    if (article && related(article)) last = i
  })
  const first = blocks.findIndex((block, i) => {
    const article = i > last ? articleOf(block) : null
    return !!article && !related(article)
  })
  return first === -1 ? blocks.length : first
}
