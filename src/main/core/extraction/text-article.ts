import { escapeHtml } from './html-escape'
import { detectLanguage } from './language'
import { isFurnitureText, isProse, trailingButtonsStart, trailingFurnitureStart, wordCount } from './main-text/paragraph-shape'
import { cleanByline } from './metadata/byline'
import { dateFromUrl, normaliseDate } from './metadata/date'
import { domainOf } from './metadata/site'
import { headlineMatchingSlug, shortFirstSentence, slugWords, titleFromFileName, titleFromSlug } from './metadata/text-title'
import { countWords, dropInvisible, joinParagraphs } from './text'
import { ExtractionError, type ExtractedArticle } from './types'

const URL_PATTERN = /https?:\/\/[^\s<>"'«»„“”]+/i
/** Punctuation that ends a sentence around a URL rather than belonging to it. */
const URL_TRAILING = /[.,;:!?)\]}'’]+$/
const TITLE_MAX_WORDS = 25
const BYLINE_LINE = /^\s*(?:by|von|автор|текст)\s*[:\-–]?\s+\S/iu

/**
 * An article copied from a web page as plain text: the first URL in it is the article's address
 * (its domain the outlet, a date in its path the publication date), a short first line the
 * title, datelines and bylines before the first paragraph are metadata, and the share bar and
 * related links that come along at the end are dropped.
 */
export function extractTextArticle(raw: string, knownUrl: string | null, fileName?: string): ExtractedArticle {
  const lines = paragraphsOf(raw)
  const urlMatch = URL_PATTERN.exec(raw)
  const url = urlMatch ? urlMatch[0].replace(URL_TRAILING, '') : knownUrl
  // A line that is only the address is not article text.
  let paragraphs = lines.filter((line) => line.replace(URL_PATTERN, '').trim() !== '')

  // The page's headline is the line made of the URL slug's words (below a breadcrumb or dateline, too);
  // else a short first line. A long first line unrelated to the slug is a first sentence or a caption.
  const headline = headlineMatchingSlug(paragraphs, url)
  let title = headline ?? titleLine(paragraphs)
  if (headline === null && title !== null && wordCount(title) > 12 && slugWords(url).length >= 3) title = null
  if (title !== null) {
    const at = paragraphs.indexOf(title)
    paragraphs = [...paragraphs.slice(0, at), ...paragraphs.slice(at + 1)]
  }

  let byline: string | null = null
  let datedLine: string | null = null
  const firstProse = paragraphs.findIndex(isProse)
  const lead = firstProse === -1 ? [] : paragraphs.slice(0, firstProse)
  for (const line of lead) {
    if (!byline && BYLINE_LINE.test(line)) byline = cleanByline(line)
    if (!datedLine && normaliseDate(line)) datedLine = line
  }
  // Lines before the first paragraph are datelines, bylines, breadcrumbs and labels.
  if (firstProse > 0) paragraphs = paragraphs.slice(firstProse)
  paragraphs = paragraphs.slice(0, Math.min(trailingFurnitureStart(paragraphs), trailingButtonsStart(paragraphs))).filter((p) => !isFurnitureText(p))

  const text = joinParagraphs(paragraphs)
  if (!text.trim()) throw new ExtractionError('no article text found')
  return {
    title: title ?? titleFromSlug(url) ?? titleFromFileName(fileName) ?? shortFirstSentence(paragraphs[0]) ?? firstWords(paragraphs[0]),
    byline,
    siteName: domainOf(url),
    url,
    publishedAt: dateFromUrl(url) ?? normaliseDate(datedLine),
    language: detectLanguage(text, null),
    excerpt: paragraphs.find(isProse) ?? paragraphs[0],
    cleanHtml: paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n'),
    text,
    wordCount: countWords(text),
    mediaType: 'text/plain',
  }
}

/**
 * Paragraphs of copied text: blank lines separate them; inside a block, lines hard-wrapped at a
 * fixed width are joined, while lines of different lengths (a browser copy puts each paragraph,
 * heading and button label on its own line) stay paragraphs of their own.
 */
function paragraphsOf(raw: string): string[] {
  const paragraphs: string[] = []
  for (const chunk of dropInvisible(raw).replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter(Boolean)
    if (isHardWrapped(lines)) paragraphs.push(lines.join(' '))
    else paragraphs.push(...lines)
  }
  return paragraphs
}

/** Lines wrapped at a fixed width (50 to 100 characters, as mail and text editors wrap): all but the last about as long as the longest. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false
  const widths = lines.slice(0, -1).map((l) => l.length)
  const widest = Math.max(...widths)
  return widest >= 50 && widest <= 100 && widths.every((w) => w >= widest * 0.7) && lines[lines.length - 1].length <= widest
}

/** A first line that reads as a headline: short, and not a sentence ending in a full stop. */
function titleLine(paragraphs: readonly string[]): string | null {
  const first = paragraphs[0]
  if (!first || paragraphs.length < 2) return null
  const words = wordCount(first)
  return words > 0 && words <= TITLE_MAX_WORDS && !/[.,;:]$/.test(first) && !isFurnitureText(first) ? first : null
}

function firstWords(text: string): string {
  return text.length <= 120 ? text : text.slice(0, 120).replace(/\s+\S*$/u, '') + '…'
}
