import type { DomElement } from '../dom'
import { isArticleFurnitureName } from './boilerplate-names'
import { collectBlocks, removeBlock, type TextBlock } from './blocks'
import { junkBlocks } from './junk-blocks'

export interface CleanupHints {
  title: string | null
  byline: string | null
}

/** Above this share of the article's text an element is content whatever its class says. */
const MAX_FURNITURE_SHARE = 0.3

/**
 * Cleans Readability's content in place and returns its paragraphs: first elements that are
 * furniture by name (captions, bylines, share bars Readability let through), then paragraphs
 * that are furniture by what they say and where they stand.
 */
export function cleanArticle(content: DomElement, hints: CleanupHints): TextBlock[] {
  removeFurnitureElements(content)
  const blocks = collectBlocks(content)
  const junk = junkBlocks(blocks, hints)
  for (const block of junk) removeBlock(block)
  return blocks.filter((b) => !junk.has(b))
}

function removeFurnitureElements(content: DomElement): void {
  for (const caption of content.querySelectorAll('figcaption')) caption.remove()
  const total = content.textContent?.length ?? 0
  for (const element of content.querySelectorAll('[class], [id]')) {
    if (!isArticleFurnitureName(element)) continue
    if ((element.textContent?.length ?? 0) > total * MAX_FURNITURE_SHARE) continue
    element.remove()
  }
}
