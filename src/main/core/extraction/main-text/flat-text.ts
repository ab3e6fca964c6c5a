/**
 * The text of a page too big or too deeply nested for a DOM (page-shape.ts): one linear scan over
 * the source with a regular expression, without a tree, a stack of open elements or recursion, so
 * its cost follows the page's size whatever its nesting (htmlparser2's own parser keeps a stack it
 * shifts on every tag: quadratic on 10⁶ nested elements). Block elements end a paragraph; scripts,
 * styles, navigation, forms and the like are skipped. Prose paragraphs are kept where the page has
 * them, else every paragraph of a few words.
 */
import type * as Entities from 'entities'
import { lazyPackage } from '../../lazy-package'

const entities = lazyPackage<typeof Entities>('entities')
import { wordCount } from './paragraph-shape'

/** Elements that start or end a paragraph. */
const BLOCK = new Set(
  'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
)
/** Elements whose content is not markup: skipped to their end tag. */
const RAW = new Set('script style noscript template textarea xmp iframe noembed noframes'.split(' '))
/** Elements whose text is never article text (counted open and closed; a stray end tag cannot go below zero). */
const SKIPPED = new Set('head svg math nav footer aside form button select object'.split(' '))

/**
 * Text kept of one page at most: far beyond any article (statements read at most 2 M characters),
 * and small enough that a 50 MB page fits an import worker's heap alongside its source.
 */
export const MAX_FLAT_CHARS = 4_000_000

const PROSE_WORDS = 8
const LOOSE_WORDS = 3

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g

export interface FlatText {
  title: string | null
  paragraphs: string[]
}

export function flatText(html: string): FlatText {
  const paragraphs: string[] = []
  let kept = 0
  let parts: string[] = []
  let skipped = 0
  let title: string | null = null
  const flush = () => {
    if (!parts.length) return
    const paragraph = entities().decodeHTML(parts.join('')).replace(/\s+/gu, ' ').trim()
    parts = []
    if (paragraph) {
      paragraphs.push(paragraph)
      kept += paragraph.length
    }
  }
  let last = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m && kept < MAX_FLAT_CHARS; m = TOKEN.exec(html)) {
    if (!skipped && m.index > last) parts.push(html.slice(last, m.index))
    last = TOKEN.lastIndex
    const name = m[2]?.toLowerCase()
    if (!name) continue // comment, doctype, processing instruction
    const closing = !!m[1]
    if (!closing && (RAW.has(name) || name === 'title')) {
      const close = new RegExp(`</${name}\\s*>`, 'gi')
      close.lastIndex = TOKEN.lastIndex
      const end = close.exec(html)
      if (name === 'title' && title === null) title = entities().decodeHTML(html.slice(TOKEN.lastIndex, end?.index ?? html.length)).replace(/\s+/gu, ' ').trim()
      TOKEN.lastIndex = last = end ? close.lastIndex : html.length
      continue
    }
    if (SKIPPED.has(name)) skipped = closing ? Math.max(0, skipped - 1) : skipped + 1
    if (BLOCK.has(name)) flush()
  }
  if (!skipped && last < html.length && kept < MAX_FLAT_CHARS) parts.push(html.slice(last))
  flush()
  const prose = paragraphs.filter((p) => wordCount(p) >= PROSE_WORDS)
  const loose = prose.length ? prose : paragraphs.filter((p) => wordCount(p) >= LOOSE_WORDS)
  return { title: title || null, paragraphs: loose.length ? loose : paragraphs }
}
