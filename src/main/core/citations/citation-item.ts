import type { Article } from '../../../shared/api'
import { citedNames, type CitedName } from './person-names'

/** One article as a newspaper item, independent of the output format. */
export interface CitationItem {
  articleId: number
  title: string
  /** The outlet: the container (newspaper, site) the article appeared in. */
  outlet: string | null
  authors: CitedName[]
  /** [year, month?, day?] of publication. */
  issued: number[] | null
  url: string | null
  /** [year, month, day] the page was captured (imported), which is when it was accessed. */
  accessed: number[] | null
  /** ISO 639-1. */
  language: string | null
}

export function citationItem(article: Article): CitationItem {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.siteName || article.domain || null,
    authors: citedNames(article.byline),
    issued: dateParts(article.publishedAt),
    url: article.canonicalUrl || article.url || null,
    accessed: dateParts(article.capture?.capturedAt ?? article.importedAt),
    language: article.language,
  }
}

/**
 * The calendar day an ISO date or date-time names. A date-time is cited by the day it carries as
 * written: the page's own local day when it states an offset, which is the day its readers saw.
 */
export function dateParts(iso: string | null | undefined): number[] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '')
  if (!m) return null
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number)
}
