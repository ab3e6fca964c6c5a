import type { DomElement } from '../dom'
import { collectBlocks, type TextBlock } from './blocks'
import { wordCount } from './paragraph-shape'

const MIN_WORDS = 8
const MAX_LINK_SHARE = 0.3
const LOOSE_MIN_WORDS = 3
const LOOSE_MAX_LINK_SHARE = 0.5

/**
 * When Readability finds no article (a page of short paragraphs, text in table cells, one long
 * <pre>): the page's paragraphs that read as text, i.e. of some length and not mostly links.
 */
export function fallbackBlocks(body: DomElement): TextBlock[] {
  return collectBlocks(body).filter((b) => wordCount(b.text) >= MIN_WORDS && b.linkLength <= b.text.length * MAX_LINK_SHARE)
}

/** The last resort: every paragraph of a few words that is not mostly links (a page of short lines, a form with text). */
export function looseBlocks(body: DomElement): TextBlock[] {
  return collectBlocks(body).filter((b) => wordCount(b.text) >= LOOSE_MIN_WORDS && b.linkLength <= b.text.length * LOOSE_MAX_LINK_SHARE)
}
