import { escapeHtml } from '../html-escape'
import { nestsDeeperThan, type DomDocument } from '../dom'
import { cleanArticle } from './article-cleanup'
import { fallbackBlocks } from './fallback'
import { removePageFurniture } from './pre-clean'
import { runReadability } from './readability'

/** Real article pages nest a few dozen elements deep; Readability takes about 0.1 s at this depth. */
const MAX_READABILITY_DEPTH = 200

export interface MainText {
  /** Plain-text paragraphs (headings and list items each one). */
  paragraphs: string[]
  /** The cleaned article markup, not yet sanitized. */
  html: string
  title: string | null
  byline: string | null
}

export interface ArticleHints {
  title: string | null
  byline: string | null
}

/**
 * The article's main text: page furniture removed, Readability's choice of content, then our
 * cleanup of what Readability keeps. When Readability finds nothing, the page's own prose
 * paragraphs stand in (the only case that parses the page a second time).
 */
export function findMainText(document: DomDocument, hints: ArticleHints, reparse: () => DomDocument): MainText | null {
  removePageFurniture(document)
  // Readability's work grows with the square of nesting depth; absurd nesting is hostile markup.
  const readable = document.body && !nestsDeeperThan(document.body, MAX_READABILITY_DEPTH) ? runReadability(document) : null
  if (readable) {
    const blocks = cleanArticle(readable.content, { title: hints.title ?? readable.title, byline: hints.byline ?? readable.byline })
    if (blocks.length)
      return { paragraphs: blocks.map((b) => b.text), html: readable.content.innerHTML, title: readable.title, byline: readable.byline }
  }
  // Readability leaves a page it gave up on half taken apart: start again from the source.
  const page = reparse()
  removePageFurniture(page)
  if (!page.body) return null
  const fallback = fallbackBlocks(page.body)
  if (!fallback.length) return null
  return { paragraphs: fallback.map((b) => b.text), html: fallback.map((b) => `<p>${escapeHtml(b.text)}</p>`).join('\n'), title: null, byline: null }
}
