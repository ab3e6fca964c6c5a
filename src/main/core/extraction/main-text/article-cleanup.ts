import { TEXT_NODE, type DomElement } from '../dom'
import { holdsEmbeddedPost, isArticleFurnitureName } from './boilerplate-names'
import { collectBlocks, removeBlock, type TextBlock } from './blocks'
import { junkBlocks, type JunkHints } from './junk-blocks'

export type CleanupHints = JunkHints

/** Above this share of the article's text an element is content whatever its class says. */
const MAX_FURNITURE_SHARE = 0.3
/** A caption is a sentence or two; a wrapper around an image with more text than this holds article text too. */
const MAX_CAPTION_CHARS = 250
const IMAGE_WRAPPER_DEPTH = 3

/**
 * Cleans Readability's content in place and returns its paragraphs: first elements that are
 * furniture by name (captions, bylines, share bars Readability let through), then paragraphs
 * that are furniture by what they say and where they stand.
 */
export function cleanArticle(content: DomElement, hints: CleanupHints): TextBlock[] {
  removeImageWrappers(content)
  removeFurnitureElements(content)
  const blocks = collectBlocks(content)
  const junk = junkBlocks(blocks, hints)
  for (const block of junk) removeBlock(block)
  unwrapContainers(content)
  return blocks.filter((b) => !junk.has(b))
}

const CONTAINERS = 'div, section, article, main, header, footer, aside, span, font, center'

/**
 * Replaces wrapper elements that hold no text of their own by their children, deepest first,
 * so that the clean HTML keeps only elements that stand for something: a <div> that remains
 * holds a paragraph's text directly.
 */
function unwrapContainers(content: DomElement): void {
  const containers = [...content.querySelectorAll(CONTAINERS)]
  for (let i = containers.length - 1; i >= 0; i--) {
    const element = containers[i]
    if (!hasOwnText(element)) unwrap(element)
  }
}

/**
 * Puts an element's children in its place, one at a time: spreading them as arguments
 * (replaceWith(...childNodes)) exhausts the stack when a page has hundreds of thousands of paragraphs.
 */
function unwrap(element: DomElement): void {
  const parent = element.parentNode
  if (!parent) return
  for (let child = element.firstChild; child; child = element.firstChild) parent.insertBefore(child, element)
  element.remove()
}

/**
 * Images with the caption and credit around them: the largest wrapper (a few levels up) that
 * holds no more than a caption's worth of text and at most two paragraphs. An image that
 * stands inside running text (text beside it in the same element) is not a captioned figure:
 * the text stays; nor is a quotation that shows a picture beside what it quotes (a reader's
 * review with a photo): the quote stays. The images go either way; the clean article shows none.
 */
function removeImageWrappers(content: DomElement): void {
  for (const image of content.querySelectorAll('img, picture, figure, video')) {
    const card = hoverCard(image, content)
    if (card) {
      card.remove()
      continue
    }
    let wrapper: DomElement = image
    let element = image.parentElement
    for (let depth = 0; element && element !== content && depth < IMAGE_WRAPPER_DEPTH; depth++, element = element.parentElement) {
      if (element.localName === 'blockquote') break
      if (hasOwnText(element) && wrapper.localName !== 'figure') break
      if ((element.textContent?.trim().length ?? 0) > MAX_CAPTION_CHARS || element.querySelectorAll('p, li, h2, h3, h4, h5, h6').length > 2) break
      wrapper = element
    }
    wrapper.remove()
  }
}

/** Share of link text above which an inline box with an image and links is a card, not words of the sentence. */
const CARD_LINK_SHARE = 0.8

/**
 * The card a page shows when the pointer rests on a name in the text (a photo, the name, headlines
 * about the person): an inline element in the sentence that holds the image and two or more links
 * and little else. Its text would run into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …").
 */
function hoverCard(image: DomElement, content: DomElement): DomElement | null {
  // The innermost such box: the one around it also holds the name as written in the sentence.
  for (let element = image.parentElement; element && element !== content && element.localName === 'span'; element = element.parentElement) {
    const text = element.textContent?.trim().length ?? 0
    let links = 0
    let linkText = 0
    for (const link of element.getElementsByTagName('a')) {
      links++
      linkText += link.textContent?.trim().length ?? 0
    }
    if (links >= 2 && linkText >= text * CARD_LINK_SHARE) return element
  }
  return null
}

/** Whether an element has text of its own, not only inside child elements. */
function hasOwnText(element: DomElement): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE && child.textContent?.trim()) return true
  return false
}

function removeFurnitureElements(content: DomElement): void {
  for (const caption of content.querySelectorAll('figcaption')) caption.remove()
  const total = content.textContent?.length ?? 0
  for (const element of content.querySelectorAll('[class], [id]')) {
    if (!isArticleFurnitureName(element) || holdsEmbeddedPost(element) || isPost(element)) continue
    if ((element.textContent?.length ?? 0) > total * MAX_FURNITURE_SHARE) continue
    element.remove()
  }
}

/**
 * A post's own element, WordPress's "hentry"/"type-post" container: it also carries the post's taxonomy as
 * classes ("category-politik", "tag-wahl", "format-standard") that read like furniture names.
 */
function isPost(element: DomElement): boolean {
  const classes = element.getAttribute('class')?.split(/\s+/) ?? []
  return classes.includes('hentry') || classes.some((c) => c.startsWith('type-'))
}
