import { TEXT_NODE, type DomDocument, type DomElement } from '../dom'
import { hasHiddenClass, isEmbeddedPost, isPageFurnitureName } from './boilerplate-names'
import { collectBlocks } from './blocks'
import { isProse } from './paragraph-shape'

/** Elements that never hold article text: code, media, widgets, form controls, navigation. */
const NEVER_TEXT = new Set(
  'script style noscript template svg math canvas iframe frame frameset object embed video audio map button select input textarea dialog nav link meta'.split(' '),
)
/** Landmark elements that hold page furniture when they do not hold the article. */
const FURNITURE_TAGS = new Set(['aside', 'footer', 'header', 'form'])
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar'])
/** Containers that are the article, or mark it: never dropped as furniture. */
const ARTICLE_TAGS = new Set(['html', 'body', 'article', 'main'])
/** Whitespace and a label a box may hold around an embedded post besides the post itself. */
const WRAPPER_SLACK = 40
/** Share of the page's text above which an element is not furniture whatever its name says. */
const MAX_FURNITURE_SHARE = 0.4

/**
 * Removes what cannot be article text before Readability scores the page: that makes its choice
 * easier (share bars, "related" lists and comment threads no longer compete with the article)
 * and its work smaller. Furniture found by tag, ARIA role, hidden state or class/id name is
 * dropped only when it does not contain the article's markers (or a social media post it
 * quotes) and carries well under half of the page's text: a "main-with-comments" wrapper
 * around the article stays. Linear in the size
 * of the page: text lengths and markers are summed bottom-up once, not asked of each element.
 */
export function removePageFurniture(document: DomDocument): void {
  const body = document.body
  if (!body) return
  for (const element of body.querySelectorAll('*')) if (NEVER_TEXT.has(element.localName)) element.remove()

  const elements = [...body.querySelectorAll('*')]
  const textLength = new Map<DomElement, number>()
  const holdsMarker = new Set<DomElement>()
  const articles = new Map<DomElement, number>()
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]
    let length = textLength.get(element) ?? 0
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) length += child.textContent?.length ?? 0
    textLength.set(element, length)
    const parent = element.parentElement
    if (!parent) continue
    textLength.set(parent, (textLength.get(parent) ?? 0) + length)
    if (holdsMarker.has(element) || (marksArticle(element) && element.localName !== 'article')) holdsMarker.add(parent)
    const own = (articles.get(element) ?? 0) + (element.localName === 'article' ? 1 : 0)
    if (own) articles.set(parent, (articles.get(parent) ?? 0) + own)
  }
  // An <article> marks the article, but a box of several (a "related posts" list of teasers) is furniture like any
  // other: only the headline, <main>, articleBody or a quoted post protect it then.
  const holdsArticle = (element: DomElement) => holdsMarker.has(element) || articles.get(element) === 1

  for (const post of elements.filter(isEmbeddedPost)) unwrapPost(post, body, textLength)

  const pageText = textLength.get(body) ?? 0
  const removed = new Set<DomElement>()
  // A header within a header is judged with the outermost one: the question is asked once, not at every level.
  const inHeader = new Map<DomElement, boolean>()
  for (const element of elements) {
    const parent = element.parentElement
    if (parent && removed.has(parent)) {
      removed.add(element)
      continue
    }
    const outer = parent ? inHeader.get(parent) : undefined
    if (outer !== undefined) inHeader.set(element, outer)
    else if (element.localName === 'header') inHeader.set(element, isArticleHeader(element))
    if (element.localName === 'header' && inHeader.get(element)) continue
    if (ARTICLE_TAGS.has(element.localName) || holdsArticle(element) || marksArticle(element) || !isFurniture(element)) continue
    if ((textLength.get(element) ?? 0) > pageText * MAX_FURNITURE_SHARE) continue
    removed.add(element)
    element.remove()
  }
}

/**
 * Takes an embedded post out of the boxes around it that hold nothing else: their names
 * ("social-embed", "tweet-widget") would make Readability drop the post with them.
 */
function unwrapPost(post: DomElement, body: DomElement, textLength: ReadonlyMap<DomElement, number>): void {
  const own = textLength.get(post) ?? 0
  let outermost: DomElement | null = null
  for (let wrapper = post.parentElement; wrapper && wrapper !== body && (textLength.get(wrapper) ?? 0) <= own + WRAPPER_SLACK; wrapper = wrapper.parentElement)
    outermost = wrapper
  outermost?.replaceWith(post)
}

/** The article, its headline, or a post it quotes: what no furniture removal may take along. */
function marksArticle(element: DomElement): boolean {
  const tag = element.localName
  return tag === 'article' || tag === 'main' || tag === 'h1' || element.getAttribute('itemprop') === 'articleBody' || element.getAttribute('role') === 'main' || isEmbeddedPost(element)
}

/**
 * The header of an article (inside its <article> or <main>) that holds a paragraph of prose: the lead or intro is set
 * there, beside headline and byline. A header of links and labels (a teaser's kicker and title) stays furniture.
 */
function isArticleHeader(header: DomElement): boolean {
  if (!header.parentElement?.closest('article, main')) return false
  return collectBlocks(header).some((b) => isProse(b.text) && b.linkLength < b.text.length * MAX_LEAD_LINK_SHARE)
}

const MAX_LEAD_LINK_SHARE = 0.3

function isFurniture(element: DomElement): boolean {
  if (FURNITURE_TAGS.has(element.localName)) return true
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const role = element.getAttribute('role')
  if (role && FURNITURE_ROLES.has(role)) return true
  const style = element.getAttribute('style')
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true
  return hasHiddenClass(element) || isPageFurnitureName(element)
}

