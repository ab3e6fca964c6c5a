import type { DomElement, DomNode } from '../dom'
import { cleanByline } from '../metadata/byline'
import { isDeckName, isTitleName } from './boilerplate-names'
import { otherArticlesStart } from './article-origins'
import { isHeading, isWithin, type TextBlock } from './blocks'
import { isCreditLine, isFurnitureText, isPaywallLine, isProse as isProseText, trailingFurnitureStart, wordCount } from './paragraph-shape'

export interface JunkHints {
  title: string | null
  byline: string | null
  /** The <article> each text node stood in before Readability ran (see article-origins.ts), null when one or none. */
  articleOrigins?: ReadonlyMap<DomNode, DomElement> | null
}

const LINK_DENSE = 0.6

/**
 * The paragraphs of Readability's content that are not article text: link lists and "read
 * more" lines, boilerplate by its wording (share, subscribe, advertisement, photo credits),
 * the title and byline again, the datelines and labels before the first real paragraph and
 * the furniture after the last.
 */
export function junkBlocks(blocks: readonly TextBlock[], hints: JunkHints): Set<TextBlock> {
  const junk = new Set<TextBlock>()
  const linked = new Set<TextBlock>()
  const title = squash(hints.title)
  const byline = squash(hints.byline)
  for (const block of blocks) {
    const words = wordCount(block.text)
    const key = squash(block.text)
    const isByline = !!byline && words <= 12 && squash(cleanByline(block.text)) === byline
    if (isFurnitureText(block.text) || isByline || (key && key === title)) junk.add(block)
    else if (isLinkList(block, words)) linked.add(block)
  }
  for (const block of linked) if (!inListOfProse(block, blocks, linked)) junk.add(block)
  for (const caption of creditedCaptions(blocks)) junk.add(caption)
  for (const block of blocks.slice(otherArticlesStart(blocks, hints.articleOrigins ?? null, junk))) junk.add(block)
  trimEdges(blocks, junk)
  return junk
}

/**
 * Whether a linked item of a list stands among items of prose: a digest whose every item opens with a linked
 * headline and goes on in a sentence or two ("<a>A new game is finally coming out</a>. Valve called it …") is
 * text, when most of its other items are prose the page did not link; a list of related links has no such items.
 */
function inListOfProse(block: TextBlock, blocks: readonly TextBlock[], linked: ReadonlySet<TextBlock>): boolean {
  const list = block.container.localName === 'li' ? block.container.parentElement : null
  if (!list || !isProse(block)) return false
  const others = blocks.filter((b) => b !== block && b.container.localName === 'li' && b.container.parentElement === list)
  const prose = others.filter((b) => !linked.has(b) && isProse(b)).length
  return prose >= MIN_PROSE_ITEMS && prose * 2 > others.length
}

/** Longest caption a credit marks by standing beside it (agency captions run to a few sentences). */
const CREDITED_CAPTION_MAX_WORDS = 70

/**
 * Captions known by their credit: a paragraph that shares a box only with a photo credit ("The centers of massive
 * galaxy clusters are super hot …" beside "(Image: © TNG Collaboration)") is what the credited picture shows, also
 * when the picture itself is gone from the text, and whatever its box is named.
 */
function creditedCaptions(blocks: readonly TextBlock[]): TextBlock[] {
  const captions: TextBlock[] = []
  blocks.forEach((credit, i) => {
    if (!isCreditLine(credit.text)) return
    const box = credit.container.parentElement
    if (!box) return
    const inBox = (b: TextBlock | undefined) => !!b && isWithin(b.container, box)
    const members = [blocks[i - 1], blocks[i + 1]].filter(inBox)
    if (members.length !== 1 || [blocks[i - 2], blocks[i + 2]].some(inBox)) return
    const caption = members[0]
    if (isCreditLine(caption.text) || wordCount(caption.text) > CREDITED_CAPTION_MAX_WORDS || !hasOnlyText(box, [credit, caption])) return
    captions.push(caption)
  })
  return captions
}

/** Whether the box's text is that of the given blocks and nothing else. */
function hasOnlyText(box: DomElement, blocks: readonly TextBlock[]): boolean {
  const own = (box.textContent ?? '').replace(/\s+/g, '')
  return own.length === blocks.reduce((n, b) => n + b.text.replace(/\s+/g, '').length, 0)
}

/** Fewest items of prose that make a list a text rather than a list of links. */
const MIN_PROSE_ITEMS = 2

function isLinkList(block: TextBlock, words: number): boolean {
  return block.linkLength >= block.text.length * LINK_DENSE && words <= 40 && !runsIntoLink(block)
}

/** Fewest words of its own a sentence has before the link it runs on into. */
const MIN_WORDS_BEFORE_LINK = 3

/**
 * A sentence that runs on into its link ("Assange faces <a>a charge of conspiracy to commit computer intrusion</a>."):
 * words of its own before the link, not closed by a stop, a colon or an arrow as a label's are ("Read more: …",
 * "Lesen Sie hier »"), and the paragraph ends as a sentence. However much of it the link holds, it is prose.
 */
function runsIntoLink(block: TextBlock): boolean {
  const before = block.beforeLink.trim()
  return wordCount(before) >= MIN_WORDS_BEFORE_LINK && !/[.!?:;|»›→>–—-]$/u.test(before) && /[.!?…]["”»“')\]]?$/u.test(block.text)
}

/** A paragraph a writer wrote: a sentence of some length, not a label or a dateline. */
function isProse(block: TextBlock): boolean {
  return !isHeading(block) && isProseText(block.text)
}

/** Fewer words than this make a label ("Our Verdict", "About Python", "Breaking News"), not a heading of the text. */
const OPENING_HEADING_WORDS = 4

/**
 * A heading between the headline and the first paragraph that opens the text (a section heading, a subtitle): not
 * the headline again, nor part of the page's header, a label ("BREAKING NEWS", "Our Verdict") or named as a title or
 * a deck (the summary under a headline, which is no paragraph of the text).
 */
function opensText(block: TextBlock): boolean {
  const heading = block.container
  if (!isHeading(block) || heading.localName === 'h1' || heading.closest('header') || !/\p{Ll}/u.test(block.text)) return false
  if (wordCount(block.text) < OPENING_HEADING_WORDS) return false
  return ![heading, heading.parentElement].some((e) => e && (isTitleName(e) || isDeckName(e)))
}

/**
 * Before the first prose paragraph: datelines, bylines, labels and decks (lists, tables and
 * headings that open the text are content). After the last: the run of furniture that starts with a furniture line.
 */
function trimEdges(blocks: readonly TextBlock[], junk: Set<TextBlock>): void {
  const kept = blocks.filter((b) => !junk.has(b))
  const first = kept.findIndex(isProse)
  if (first === -1) return
  for (let i = 0; i < first; i++) if (!isListOrTable(kept[i]) && !opensText(kept[i])) junk.add(kept[i])
  const tail = kept.slice(first)
  // The closing run is read with the furniture already found in it: the label of a "More stories" list
  // is what marks the list after it.
  const closing = blocks.slice(blocks.indexOf(kept[first]))
  const linkedItem = (i: number) => closing[i].linkLength > 0 && !!closing[i].container.closest('li')
  for (const block of closing.slice(trailingFurnitureStart(closing.map((b) => b.text), linkedItem))) junk.add(block)
  for (const block of tail.slice(teaserRunStart(tail))) junk.add(block)
  for (const block of tail.slice(paywallStart(tail))) junk.add(block)
  dropTrailingHeadings(tail, junk)
}

/**
 * Where a paywall's prompt stops the text: the prompt and its sales pitch after it ("To view the full story, please
 * subscribe …", what subscribers get, the offer) are no part of the article. Only when less text follows the prompt
 * than stands before it: a page that saved the whole article around an overlay's prompt keeps it. `blocks.length`
 * when none.
 */
function paywallStart(blocks: readonly TextBlock[]): number {
  const at = blocks.findIndex((b, i) => i > 0 && isPaywallLine(b.text))
  if (at === -1) return blocks.length
  const before = length(blocks.slice(0, at))
  return length(blocks.slice(at + 1)) < before ? at : blocks.length
}

const length = (blocks: readonly TextBlock[]) => blocks.reduce((n, b) => n + b.text.length, 0)

/** Longest label ("Weitere Informationen:", "Kontakt:") that announces what follows it. */
const LABEL_MAX_WORDS = 6

/**
 * An article does not end in a heading or a label that announces something: with nothing kept after it, it
 * headed a section of furniture ("Weiterführende Links", "Neueste Artikel", "Kontakt:") whose links were dropped.
 */
function dropTrailingHeadings(tail: readonly TextBlock[], junk: Set<TextBlock>): void {
  for (let i = tail.length - 1; i > 0; i--) {
    const block = tail[i]
    if (junk.has(block)) continue
    if (!isHeading(block) && !(block.text.endsWith(':') && wordCount(block.text) <= LABEL_MAX_WORDS)) return
    junk.add(block)
  }
}

/** A paragraph cut short to tease another article: it ends in an ellipsis ("… para …", "Read more […]"). */
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])["”»]?\s*$/u

/**
 * Where a closing list of teasers for other articles begins: the earliest paragraph cut short with an
 * ellipsis from which on at least two, and at least two in five of the paragraphs of prose, are cut short
 * that way (a list of other posts mixes excerpts with short complete ones). `blocks.length` when none.
 */
function teaserRunStart(blocks: readonly TextBlock[]): number {
  let start = blocks.length
  let teasers = 0
  let prose = 0
  for (let i = blocks.length - 1; i > 0; i--) {
    const b = blocks[i]
    const teaser = TEASER_END.test(b.text)
    if (isProse(b) || teaser) prose++
    if (teaser) teasers++
    if (teaser && teasers >= 2 && teasers * 5 >= prose * 2) start = i
  }
  if (start === blocks.length) return start
  // The titles just before the first teaser belong to it.
  while (start > 1 && !isProse(blocks[start - 1])) start--
  return start
}

function isListOrTable(block: TextBlock): boolean {
  return !!block.container.closest('li, tr, dd, dt, pre')
}

/** Letters and digits only, lower case: how two texts are compared for being the same. */
function squash(text: string | null): string {
  return text ? text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : ''
}
