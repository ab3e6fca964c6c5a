import type { Article, ArticleSummary, CaptureInfo, MetadataField, Tag } from '../../../shared/api'

/** Columns of an article summary; `a` is articles, `s` its source. */
export const SUMMARY_COLUMNS = `a.id, a.title, coalesce(a.site_name, s.name) AS siteName, s.domain, a.url,
  a.published_at AS publishedAt, a.language, a.word_count AS wordCount, a.imported_at AS importedAt, a.excerpt`

export interface SummaryRow {
  id: number
  title: string
  siteName: string | null
  domain: string | null
  url: string | null
  publishedAt: string | null
  language: string | null
  wordCount: number
  importedAt: string
  excerpt: string | null
}

export const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.byline, a.canonical_url AS canonicalUrl, a.origin,
  a.clean_html AS cleanHtml, a.text, c.sha256 AS captureSha256, c.size AS captureSize,
  c.media_type AS captureMediaType, c.file_name AS captureFileName, c.captured_at AS capturedAt,
  a.edited_fields AS editedFields`

export interface ArticleRow extends SummaryRow {
  byline: string | null
  canonicalUrl: string | null
  origin: string
  cleanHtml: string
  text: string
  captureSha256: string | null
  captureSize: number | null
  captureMediaType: string | null
  captureFileName: string | null
  capturedAt: string | null
  /** JSON array of MetadataField. */
  editedFields: string
}

export const toSummary = (row: SummaryRow, tags: Tag[]): ArticleSummary => ({ ...row, tags })

export function toArticle(row: ArticleRow, tags: Tag[]): Article {
  const { captureSha256, captureSize, captureMediaType, captureFileName, capturedAt, editedFields, ...rest } = row
  const capture: CaptureInfo | null =
    captureSha256 === null
      ? null
      : {
          sha256: captureSha256,
          size: captureSize ?? 0,
          mediaType: captureMediaType,
          fileName: captureFileName,
          capturedAt: capturedAt ?? '',
        }
  return { ...rest, tags, capture, editedFields: JSON.parse(editedFields) as MetadataField[] }
}
