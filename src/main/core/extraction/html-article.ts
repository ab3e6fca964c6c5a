import { cleanHtml } from './clean-html'
import { extractComplexPage } from './complex-page'
import { parseDocument } from './dom'
import { detectLanguage } from './language'
import { findMainText } from './main-text/main-text'
import { cleanByline } from './metadata/byline'
import { readPageMetadata } from './metadata/page-metadata'
import { isTooComplex, measurePage } from './page-shape'
import { countWords, joinParagraphs } from './text'
import { ExtractionError, type ExtractedArticle, type HtmlSource } from './types'

/** Extraction of one decoded HTML page: parsed once, metadata first, then the main text. */
export function extractHtmlArticle(source: HtmlSource): ExtractedArticle {
  // A page no real article resembles (hundreds of thousands of elements, thousands of levels deep)
  // would hold a worker for minutes: its text is read flat instead, in time proportional to its size.
  if (isTooComplex(measurePage(source.html))) return extractComplexPage(source)
  const document = parseDocument(source.html)
  const metadata = readPageMetadata(document, source.url)
  const main = findMainText(document, { title: metadata.title, byline: metadata.byline }, () => parseDocument(source.html))
  if (!main) throw new ExtractionError('no article text found')

  const text = joinParagraphs(main.paragraphs)
  const title = metadata.title ?? main.title ?? source.fallbackTitle ?? main.paragraphs[0].slice(0, 120)
  return {
    title,
    byline: metadata.byline ?? cleanByline(main.byline),
    siteName: metadata.siteName,
    url: metadata.url,
    publishedAt: metadata.publishedAt,
    language: detectLanguage(text, metadata.declaredLanguage),
    excerpt: metadata.excerpt ?? excerptOf(main.paragraphs),
    cleanHtml: cleanHtml(main.html, metadata.url ?? source.url),
    text,
    wordCount: countWords(text),
    mediaType: source.mediaType,
    ...(main.fallback ? { fallback: true as const } : {}),
  }
}

/** The first paragraph that reads like prose, cut at a word boundary. */
function excerptOf(paragraphs: readonly string[]): string | null {
  const first = paragraphs.find((p) => p.length >= 80) ?? paragraphs[0]
  if (!first) return null
  return first.length <= 300 ? first : first.slice(0, 300).replace(/\s+\S*$/u, '') + '…'
}
