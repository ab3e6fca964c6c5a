/** What extraction makes of one saved page or text file. Pure data: no DOM, no electron. */
export interface ExtractedArticle {
  title: string
  byline: string | null
  siteName: string | null
  /** The page's own URL (canonical link, og:url, MHTML Content-Location, first URL of a .txt). */
  url: string | null
  /** ISO 8601 (YYYY-MM-DD or full date-time) or null. */
  publishedAt: string | null
  /** ISO 639-1 code (de, en, ru, …) or null when undetectable. */
  language: string | null
  excerpt: string | null
  /** Sanitized main-text HTML (safe to show; no scripts, handlers, iframes, remote resources). */
  cleanHtml: string
  /** Plain text, paragraphs separated by "\n\n", whitespace normalised. */
  text: string
  wordCount: number
  /** The media type the input was read as: text/html, multipart/related (MHTML), text/plain. */
  mediaType: string
  /** The page had no article structure: its text was taken by fallback extraction (best text blocks, JSON-LD). */
  fallback?: true
  /** The page was too big or too deeply nested to read in full (page-shape.ts): its text was read flat. */
  tooComplex?: true
}

export interface ExtractionInput {
  bytes: Uint8Array
  /** Used for the kind (.html/.htm/.mhtml/.mht/.txt) and in error messages. */
  fileName: string
  /** The URL the bytes were fetched from, when known (fetch jobs). */
  url?: string
  /** Charset from an HTTP Content-Type header, when known; the document's own declaration still counts. */
  charset?: string
}

/** A clear, per-file reason that an input cannot be imported. */
export class ExtractionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ExtractionError'
  }
}

/** An HTML page to extract an article from (html-article.ts; complex-page.ts for pages too large to parse whole). */
export interface HtmlSource {
  html: string
  /** Where the page came from (fetch URL, MHTML Content-Location), if known. */
  url: string | null
  mediaType: string
  /** A title known from outside the page (an MHTML Subject), used when the page has none. */
  fallbackTitle?: string | null
}
