/**
 * Extraction of a page too big or too deeply nested for the full reading (page-shape.ts): metadata
 * from the page's head alone (small on any real page), the text by the flat reader. The result is
 * marked as fallback and too complex, so the import summary asks the analyst to check the text.
 */
import { parseDocument } from './dom'
import { escapeHtml } from './html-escape'
import { detectLanguage } from './language'
import { flatText } from './main-text/flat-text'
import { readPageMetadata, type PageMetadata } from './metadata/page-metadata'
import { isTooComplex, measurePage } from './page-shape'
import { countWords, joinParagraphs } from './text'
import { ExtractionError, type ExtractedArticle, type HtmlSource } from './types'

/** A head larger than this is not read for metadata (real heads are tens of kilobytes). */
const MAX_HEAD_CHARS = 2_000_000

export function extractComplexPage(source: HtmlSource): ExtractedArticle {
  const metadata = headMetadata(source)
  const flat = flatText(source.html)
  const text = joinParagraphs(flat.paragraphs)
  if (!text) throw new ExtractionError('no article text found (the page is too complex to read in full)')
  const title = metadata?.title ?? flat.title ?? source.fallbackTitle ?? text.slice(0, 120)
  return {
    title,
    byline: metadata?.byline ?? null,
    siteName: metadata?.siteName ?? null,
    url: metadata?.url ?? source.url,
    publishedAt: metadata?.publishedAt ?? null,
    language: detectLanguage(text, metadata?.declaredLanguage ?? null),
    excerpt: metadata?.excerpt ?? null,
    // Escaped text in paragraphs: nothing of the page's markup survives, so nothing needs sanitizing.
    cleanHtml: flat.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    text,
    wordCount: countWords(text),
    mediaType: source.mediaType,
    fallback: true,
    tooComplex: true,
  }
}

/** The page's metadata read from its head, when the head itself is of a sane size and shape. */
function headMetadata(source: HtmlSource): PageMetadata | null {
  const end = /<\/head\s*>|<body[\s>]/i.exec(source.html.slice(0, MAX_HEAD_CHARS))
  if (!end) return null
  const head = source.html.slice(0, end.index)
  if (isTooComplex(measurePage(head))) return null
  try {
    return readPageMetadata(parseDocument(head), source.url)
  } catch {
    return null
  }
}
