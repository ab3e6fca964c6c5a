import { escapeHtml } from '../html-escape'
import { nestsDeeperThan, TEXT_NODE, type DomDocument, type DomElement } from '../dom'
import { cleanArticle } from './article-cleanup'
import { articleOrigins } from './article-origins'
import { fallbackBlocks, looseBlocks } from './fallback'
import { wordCount } from './paragraph-shape'
import { structuredText } from './structured-text'
import { removePageFurniture } from './pre-clean'
import { findLead, squash, type LeadCandidate } from './lead'
import type { TextBlock } from './blocks'
import { runReadability } from './readability'
import { unwrapParagraphBoxes } from './paragraph-wrappers'

/** Real article pages nest a few dozen elements deep; Readability takes about 0.1 s at this depth. */
const MAX_READABILITY_DEPTH = 200

export interface MainText {
  /** Plain-text paragraphs (headings and list items each one). */
  paragraphs: string[]
  /** The cleaned article markup, not yet sanitized. */
  html: string
  title: string | null
  byline: string | null
  /** Found without an article structure (prose blocks, JSON-LD, loose text): the analyst should check it. */
  fallback?: true
}

export interface ArticleHints {
  title: string | null
  byline: string | null
}

/**
 * The article's main text: page furniture removed, Readability's choice of content, then our
 * cleanup of what Readability keeps. When Readability finds nothing, or what is left of its
 * choice is a few lines while the page has paragraphs of prose, the page's own prose paragraphs
 * stand in (the only cases that parse the page a second time).
 */
export function findMainText(document: DomDocument, hints: ArticleHints, reparse: () => DomDocument): MainText | null {
  removePageFurniture(document)
  // Readability's work grows with the square of nesting depth; absurd nesting is hostile markup.
  const deep = !document.body || nestsDeeperThan(document.body, MAX_READABILITY_DEPTH)
  const lead = deep ? null : findLead(document, hints.title)
  const origins = deep ? null : articleOrigins(document)
  if (!deep) unwrapParagraphBoxes(document)
  const readable = deep ? null : runReadability(document)
  if (readable) {
    const blocks = cleanArticle(readable.content, { title: hints.title ?? readable.title, byline: hints.byline ?? readable.byline, articleOrigins: origins })
    if (blocks.length) {
      const missing = lead && leadLeftOut(lead, blocks) ? lead.text : null
      const found: MainText = {
        paragraphs: missing ? [missing, ...blocks.map((b) => b.text)] : blocks.map((b) => b.text),
        html: (missing ? `<p>${escapeHtml(missing)}</p>` : '') + readable.content.innerHTML,
        title: readable.title,
        byline: readable.byline,
      }
      if (length(found.paragraphs) >= SHORT_CHOICE) return found
      // A few lines where the page has paragraphs of prose: Readability chose a box beside the article.
      const prose = fallbackText(reparse())
      return prose && length(prose.paragraphs) >= Math.max(MIN_PROSE_INSTEAD, length(found.paragraphs) * PROSE_FACTOR) ? prose : found
    }
  }
  // Readability leaves a page it gave up on half taken apart: start again from the source.
  return fallbackText(reparse())
}

/** Shorter than this, Readability's choice is checked against the page's prose paragraphs. */
const SHORT_CHOICE = 300
/** The prose paragraphs stand in for a short choice when they are this much longer, and at least this long. */
const PROSE_FACTOR = 3
const MIN_PROSE_INSTEAD = 600

const length = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.length, 0)

function fallbackText(page: DomDocument): MainText | null {
  const structured = structuredText(page)
  removePageFurniture(page)
  if (!page.body) return null
  const paragraphs = bestAvailableText(page.body, structured)
  if (!paragraphs.length) return null
  return { paragraphs, html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'), title: null, byline: null, fallback: true }
}

/** Whether Readability's text lacks the lead that stands before its first paragraph on the page. */
function leadLeftOut(lead: LeadCandidate, blocks: readonly TextBlock[]): boolean {
  const key = squash(lead.text)
  if (blocks.some((b) => squash(b.text).includes(key))) return false
  const first = blocks[0].nodes.find((node) => node.nodeType === TEXT_NODE)
  return !!first && lead.precedes(first)
}

/**
 * A page without an article structure still has text worth keeping: its prose paragraphs; else the text
 * its JSON-LD states (pages that render with scripts); else every paragraph that is not mostly links.
 */
function bestAvailableText(body: DomElement, structured: readonly string[]): string[] {
  const prose = fallbackBlocks(body)
  if (prose.length) return prose.map((b) => b.text)
  if (structured.some((p) => wordCount(p) >= 8)) return [...structured]
  return looseBlocks(body).map((b) => b.text)
}
