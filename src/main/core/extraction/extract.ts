import { decodeBytes } from './charset'
import { extractHtmlArticle } from './html-article'
import { assertTextual, inputKind } from './input-kind'
import { readMhtml } from './mhtml'
import { extractTextArticle } from './text-article'
import { ExtractionError, type ExtractedArticle, type ExtractionInput } from './types'

/**
 * Extracts the article from one saved page or copied text: synchronous, no I/O, scripts never
 * run. The file name's extension decides the kind (.html/.htm/.xhtml, .mhtml/.mht, .txt);
 * other names are sniffed. Throws ExtractionError with the reason when the input is empty,
 * binary, malformed or holds no article text; a failure inside the parsers on hostile markup
 * becomes one too, so the caller can name the file and go on.
 */
export function extractArticle(input: ExtractionInput): ExtractedArticle {
  try {
    return extract(input)
  } catch (error) {
    if (error instanceof ExtractionError) throw error
    throw new ExtractionError(`could not read the page: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}

function extract(input: ExtractionInput): ExtractedArticle {
  const { bytes } = input
  assertTextual(bytes)
  const url = input.url ?? null
  switch (inputKind(input.fileName, bytes)) {
    case 'mhtml': {
      const page = readMhtml(bytes)
      assertTextual(page.html)
      const { text } = decodeBytes(page.html, page.charset)
      return extractHtmlArticle({ html: text, url: page.url ?? url, mediaType: 'multipart/related', fallbackTitle: page.subject })
    }
    case 'text':
      return extractTextArticle(decodeBytes(bytes, input.charset, false).text, url, input.fileName)
    case 'html':
      return extractHtmlArticle({ html: decodeBytes(bytes, input.charset).text, url, mediaType: 'text/html' })
  }
}
