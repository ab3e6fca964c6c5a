import { TEXT_NODE, type DomDocument, type DomElement, type DomNode } from '../dom'
import { nameWords } from './boilerplate-names'
import { collectBlocks } from './blocks'
import { wordCount } from './paragraph-shape'

/**
 * The article's lead ("Vorspann", intro, standfirst): the paragraph of prose between the headline
 * and the body that many sites set apart in the article's header, by a class such as "lead",
 * "intro", "teaser-text" or "summary". Readability picks the body's container and often leaves
 * the header, and the lead with it, out; the lead is the first paragraph of the article's text.
 */

/** Words of class and id names that mark a lead. */
const LEAD_NAMES = new Set(['lead', 'leadtext', 'intro', 'introtext', 'teaser', 'teasertext', 'excerpt', 'abstract', 'chapo', 'vorspann', 'description'])
/**
 * Words that name a deck, the summary under a headline ("dek", "standfirst", "summary"): it sums the article up in
 * other words and is no paragraph of its text, whatever other names the element has.
 */
const DECK_NAMES = new Set(['dek', 'deck', 'standfirst', 'summary', 'subtitle', 'subheadline'])
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
 * or in an aside (teasers of other articles are), nor named as a deck. Null when the page has no
 * single headline or no such element.
 */
export function findLead(document: DomDocument): LeadCandidate | null {
  const body = document.body
  if (!body) return null
  const headlines = body.getElementsByTagName('h1')
  if (headlines.length !== 1) return null
  const elements = [...body.querySelectorAll('*')]
  const start = elements.indexOf(headlines[0])
  for (let i = start + 1; i < elements.length && i <= start + MAX_DISTANCE; i++) {
    const element = elements[i]
    const names = nameWords(element)
    if (!names.some((w) => LEAD_NAMES.has(w)) || names.some((w) => DECK_NAMES.has(w))) continue
    if (element.closest('a, li, nav, aside, footer') || element.querySelector('h1, h2, h3, img, figure, li')) continue
    const blocks = collectBlocks(element)
    if (blocks.length !== 1 || blocks[0].linkLength > blocks[0].text.length * MAX_LINK_SHARE) continue
    const text = blocks[0].text
    const words = wordCount(text)
    if (words < MIN_WORDS || words > MAX_WORDS || !SENTENCE_END.test(text)) continue
    const after = new Set<DomNode>()
    for (let j = i + 1; j < elements.length; j++)
      for (let child = elements[j].firstChild; child; child = child.nextSibling) if (child.nodeType === TEXT_NODE) after.add(child)
    return { text, element, precedes: (node) => after.has(node) }
  }
  return null
}

/** Letters and digits only, lower case. */
export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

