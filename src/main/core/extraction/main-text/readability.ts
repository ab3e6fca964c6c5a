import type * as ReadabilityPackage from '@mozilla/readability'
import { lazyPackage } from '../../lazy-package'

const readability = lazyPackage<typeof ReadabilityPackage>('@mozilla/readability')
import type { DomDocument, DomElement } from '../dom'

/** Readability's scoring is superlinear in the worst case; no real article page has this many elements. */
const MAX_ELEMENTS = 60_000

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
  const reader = new (readability().Readability)<DomElement>(document as never, {
    maxElemsToParse: MAX_ELEMENTS,
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as unknown as DomElement,
  })
  let article
  try {
    article = reader.parse()
  } catch {
    // Readability gives up on pages with more than MAX_ELEMENTS elements; the fallback is linear.
    return null
  }
  if (!article?.content) return null
  return { content: article.content, byline: article.byline?.trim() || null, title: article.title?.trim() || null }
}
