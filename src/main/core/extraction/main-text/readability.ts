import { Readability } from '@mozilla/readability'
import type { DomDocument, DomElement } from '../dom'

export interface ReadabilityResult {
  /** The article's content element, detached from the page (classes kept for the cleanup). */
  content: DomElement
  byline: string | null
  title: string | null
}

/**
 * Mozilla Readability on the already-parsed page. It keeps class names (the cleanup reads them)
 * and hands back its content element instead of serialising it, so nothing is parsed twice.
 * Readability changes the document; metadata must have been read before.
 */
export function runReadability(document: DomDocument): ReadabilityResult | null {
  // Readability's typings name the browser DOM, which the main process does not compile against.
  const reader = new Readability<DomElement>(document as never, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as unknown as DomElement,
  })
  const article = reader.parse()
  if (!article?.content) return null
  return { content: article.content, byline: article.byline?.trim() || null, title: article.title?.trim() || null }
}
