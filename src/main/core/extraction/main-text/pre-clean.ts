import type { DomDocument, DomElement } from '../dom'
import { hasHiddenClass, isPageFurnitureName } from './boilerplate-names'

/** Elements that never hold article text: code, media, widgets, form controls, navigation. */
const NEVER_TEXT = new Set(
  'script style noscript template svg math canvas iframe frame frameset object embed video audio map button select input textarea dialog nav link meta'.split(' '),
)
/** Landmark elements that hold page furniture when they do not hold the article. */
const FURNITURE_TAGS = new Set(['aside', 'footer', 'header', 'form'])
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar'])
/** Containers that are the article, or mark it: never dropped as furniture. */
const ARTICLE_TAGS = new Set(['html', 'body', 'article', 'main'])
const ARTICLE_MARK = 'article, main, h1, [itemprop="articleBody"], [role="main"]'
/** Share of the page's text above which an element is not furniture whatever its name says. */
const MAX_FURNITURE_SHARE = 0.4
/** Safety bound on guarded removals, so pathological nesting cannot make this quadratic. */
const MAX_CHECKS = 3000

/**
 * Removes what cannot be article text before Readability scores the page: that makes its choice
 * easier (share bars, "related" lists and comment threads no longer compete with the article)
 * and its work smaller. Furniture found by tag, ARIA role, hidden state or class/id name is
 * dropped only when it does not contain the article's markers and carries well under half of
 * the page's text: a "main-with-comments" wrapper around the article stays. One pass over the
 * elements, with cheap attribute tests first.
 */
export function removePageFurniture(document: DomDocument): void {
  const body = document.body
  if (!body) return
  const candidates: DomElement[] = []
  for (const element of body.querySelectorAll('*')) {
    if (NEVER_TEXT.has(element.localName)) element.remove()
    else if (!ARTICLE_TAGS.has(element.localName) && isFurniture(element)) candidates.push(element)
  }
  const pageText = body.textContent?.length ?? 0
  let checks = 0
  for (const element of candidates) {
    if (checks++ >= MAX_CHECKS) break
    if (!isAttached(element, body) || element.querySelector(ARTICLE_MARK)) continue
    if ((element.textContent?.length ?? 0) > pageText * MAX_FURNITURE_SHARE) continue
    element.remove()
  }
}

function isFurniture(element: DomElement): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const role = element.getAttribute('role')
  if (role && FURNITURE_ROLES.has(role)) return true
  const style = element.getAttribute('style')
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true
  return hasHiddenClass(element) || isPageFurnitureName(element)
}

/** Whether an element is still in the page (an ancestor may have been removed already). */
function isAttached(element: DomElement, body: DomElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (node === body) return true
  return false
}
