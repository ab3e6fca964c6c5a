import { TEXT_NODE, type DomDocument, type DomElement, type DomNode } from '../dom'
import { isDeckName, nameWords } from './boilerplate-names'
import { collectBlocks } from './blocks'
import { isFurnitureText, wordCount } from './paragraph-shape'

/**
 * The article's lead ("Vorspann", intro, standfirst): the paragraph of prose between the headline
 * and the body that many sites set apart in the article's header, by a class such as "lead",
 * "intro", "teaser-text" or "summary". Readability picks the body's container and often leaves
 * the header, and the lead with it, out; the lead is the first paragraph of the article's text.
 */

/** Words of class and id names that mark a lead. */
const LEAD_NAMES = new Set(['lead', 'leadtext', 'intro', 'introtext', 'teaser', 'teasertext', 'excerpt', 'abstract', 'chapo', 'vorspann', 'description'])
/** A lead is a sentence or a few: more words than a label, fewer than a body. */
const MIN_WORDS = 12
const MAX_WORDS = 120
/** How far after the headline (in elements of the page) a lead may stand. */
const MAX_DISTANCE = 60
const MAX_LINK_SHARE = 0.3
const SENTENCE_END = /[.!?…:"”»“')\]]$/u

export interface LeadCandidate {
  text: string
  element: DomElement
  /**
   * Whether a text node of the page stood after the lead. Asked of text nodes because Readability moves them
   * into its content unchanged, while it replaces many of their elements (a <div> of text becomes a new <p>).
   */
  precedes(node: DomNode): boolean
}

/**
 * Finds the lead before Readability takes the page apart: the first element named as a lead that
 * follows the page's only <h1> closely, holds one paragraph of prose and is not a link, a list item
 * or in an aside (teasers of other articles are), nor named as a deck; else the first <p> after the
 * headline when it is such a paragraph (a lead without a telling name, "subtitle-text", "heading").
 * Null when the page has no single headline or no such element.
 */
export function findLead(document: DomDocument, title: string | null = null): LeadCandidate | null {
  const body = document.body
  if (!body) return null
  const headline = theHeadline([...body.getElementsByTagName('h1')], title)
  if (!headline) return null
  const elements = [...body.querySelectorAll('*')]
  const start = elements.indexOf(headline)
  let firstParagraph = -1
  for (let i = start + 1; i < elements.length && i <= start + MAX_DISTANCE; i++) {
    const element = elements[i]
    if (firstParagraph < 0 && element.localName === 'p' && !element.closest('h1')) firstParagraph = i
    const names = nameWords(element)
    if (!names.some((w) => LEAD_NAMES.has(w))) continue
    const text = leadText(element)
    if (text) return candidate(elements, i, text)
  }
  if (firstParagraph < 0 || elements[firstParagraph].closest('figure')) return null
  // Unnamed, only a paragraph of two sentences or more reads as a lead: a single one under a headline is its deck.
  const text = leadText(elements[firstParagraph])
  return text && sentenceCount(text) >= 2 && !isFurnitureText(text) ? candidate(elements, firstParagraph, text) : null
}

/**
 * The article's headline: the page's only <h1>, or of several the one the page's title holds (a logo and a
 * newsletter box may be set as <h1> too). Null when none is.
 */
function theHeadline(headlines: readonly DomElement[], title: string | null): DomElement | null {
  if (headlines.length === 1) return headlines[0]
  const key = title ? squash(title) : ''
  if (!key) return null
  const matching = headlines.filter((h) => {
    const text = squash(h.textContent ?? '')
    return text.length >= MIN_HEADLINE_CHARS && key.includes(text)
  })
  return matching.length === 1 ? matching[0] : null
}

const MIN_HEADLINE_CHARS = 12

/** The element's text if it reads as a lead: one paragraph of prose, not a link, teaser, deck or figure. */
function leadText(element: DomElement): string | null {
  if (isDeckName(element)) return null
  if (element.closest('a, li, nav, aside, footer') || element.querySelector('h1, img, figure, li')) return null
  const blocks = collectBlocks(element)
  if (blocks.length !== 1 || blocks[0].linkLength > blocks[0].text.length * MAX_LINK_SHARE) return null
  const text = blocks[0].text
  const words = wordCount(text)
  return words >= MIN_WORDS && words <= MAX_WORDS && SENTENCE_END.test(text) ? text : null
}

/** Sentences of a paragraph: ends of sentences followed by the capital or quote that opens the next, and its own end. */
const sentenceCount = (text: string) => (text.match(/[.!?…]["”»“']?\s+["„“«]?\p{Lu}/gu)?.length ?? 0) + 1

function candidate(elements: readonly DomElement[], index: number, text: string): LeadCandidate {
  // Taken now, not when asked: Readability moves the text nodes out of these elements.
  const after = new Set<DomNode>()
  for (let j = index + 1; j < elements.length; j++)
    for (let child = elements[j].firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) after.add(child)
  return { text, element: elements[index], precedes: (node) => after.has(node) }
}

/** Letters and digits only, lower case. */
export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

