/** Correcting an article's metadata and exporting citations: the types main and renderer exchange. */
import type { Article } from './library'
import type { MetadataField } from './metadata-fields'

export * from './metadata-fields'

/**
 * A correction: only the fields given change; null (or an empty string) clears a field, except the
 * title, which every article keeps. `publishedAt` is YYYY-MM-DD, `language` an ISO 639-1 code.
 */
export interface MetadataPatch {
  title?: string
  outlet?: string | null
  author?: string | null
  publishedAt?: string | null
  url?: string | null
  language?: string | null
}

export type CitationFormat = 'ris' | 'csl-json' | 'bibtex'

/** Which articles to cite: the given ids, or every article matching a search text and/or tag; nothing given means all. */
export interface CitationSelection {
  ids?: number[]
  query?: string
  tag?: string
}

export interface CitationExport {
  /** The file's content (UTF-8). */
  text: string
  count: number
  /** A file name to suggest, with the format's extension. */
  fileName: string
}

export interface MetadataApi {
  /** Corrects fields; they are marked as the analyst's and no re-extraction changes them again. */
  update(articleId: number, patch: MetadataPatch): Promise<Article>
  /** Gives fields back to extraction: their values are read again from the stored capture and the edit mark goes. */
  revert(articleId: number, fields: MetadataField[]): Promise<Article>
}

export interface CitationsApi {
  /** The citations as text, to copy or for the tests. */
  render(selection: CitationSelection, format: CitationFormat): Promise<CitationExport>
  /** Asks where to save (the system dialog) and writes the file; null when cancelled. */
  save(selection: CitationSelection, format: CitationFormat): Promise<{ path: string; count: number } | null>
}
