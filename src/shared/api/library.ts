/** Library, tags and import: the types main and renderer exchange. */
import type { MetadataField } from './metadata-fields'

export interface Source {
  id: number
  domain: string
  name: string | null
  articleCount: number
}

export interface Tag {
  id: number
  name: string
  /** CSS colour, `#rrggbb`. */
  color: string
  articleCount: number
}

export interface ArticleSummary {
  id: number
  title: string
  siteName: string | null
  domain: string | null
  url: string | null
  /** ISO 8601 date or date-time, as precise as the page states it. */
  publishedAt: string | null
  language: string | null
  wordCount: number
  importedAt: string
  excerpt: string | null
  tags: Tag[]
}

export interface Article extends ArticleSummary {
  byline: string | null
  canonicalUrl: string | null
  origin: string
  /** Sanitized main-text HTML: no scripts, handlers, frames or remote loads. */
  cleanHtml: string
  /** Plain text, paragraphs separated by a blank line; statement offsets point into it. */
  text: string
  capture: CaptureInfo | null
  /** Metadata the analyst corrected (title, outlet, …); extraction leaves these alone. */
  editedFields: MetadataField[]
}

export interface CaptureInfo {
  sha256: string
  size: number
  mediaType: string | null
  fileName: string | null
  capturedAt: string
}

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc' | 'imported-desc' | 'title'

export interface SearchQuery {
  /** Free text; words are AND-ed, "quoted phrases" kept, a trailing * is a prefix. */
  text?: string
  tagIds?: number[]
  sourceIds?: number[]
  languages?: string[]
  /** Inclusive ISO dates (YYYY-MM-DD) on the publication date. */
  from?: string
  to?: string
  sort?: SortOrder
  offset?: number
  limit?: number
}

export interface SearchHit extends ArticleSummary {
  /** Text around the hits; matched words wrapped in U+E000 … U+E001 (never HTML). */
  snippet: string | null
}

export interface SearchPage {
  total: number
  offset: number
  hits: SearchHit[]
}

export interface ImportProgress {
  jobId: string
  done: number
  total: number
  currentFile: string | null
}

export type ImportOutcome =
  /**
   * `fallback`: the page had no article structure; its text was found by fallback extraction and wants a look.
   * `tooComplex`: the page was too big or too deeply nested to read in full; its text was read flat.
   */
  | { file: string; status: 'imported'; articleId: number; title: string; fallback?: true; tooComplex?: true }
  | { file: string; status: 'duplicate'; articleId: number; title: string; reason: 'url' | 'text' | 'capture' }
  | { file: string; status: 'failed'; reason: string }

export interface ImportSummary {
  jobId: string
  imported: number
  duplicates: number
  failed: number
  cancelled: boolean
  outcomes: ImportOutcome[]
}

export interface LibraryInfo {
  path: string
  articleCount: number
  schemaVersion: number
}

export interface LibraryApi {
  info(): Promise<LibraryInfo>
  search(query: SearchQuery): Promise<SearchPage>
  getArticle(id: number): Promise<Article | null>
  deleteArticle(id: number): Promise<void>
  sources(): Promise<Source[]>
  languages(): Promise<{ language: string; count: number }[]>
}

export interface TagsApi {
  list(): Promise<Tag[]>
  create(name: string, color?: string): Promise<Tag>
  rename(id: number, name: string): Promise<Tag>
  recolor(id: number, color: string): Promise<Tag>
  /** Moves every article of `sourceId` to `targetId`, then deletes `sourceId`. */
  merge(sourceId: number, targetId: number): Promise<Tag>
  remove(id: number): Promise<void>
  /** Adds a tag by name (creating it if needed) to articles. */
  addToArticles(articleIds: number[], name: string): Promise<Tag>
  removeFromArticles(articleIds: number[], tagId: number): Promise<void>
}

export interface ImportApi {
  /** Starts importing files and folders (absolute paths); progress arrives as `import.progress` events. */
  start(paths: string[]): Promise<{ jobId: string }>
  cancel(jobId: string): Promise<void>
  /** Shows the system file picker (Electron only) and starts an import of what was chosen. */
  pickAndStart(): Promise<{ jobId: string } | null>
}

export interface AppApi {
  /** Opens an http(s) URL in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>
  /** The app's locale and theme preference. */
  settings(): Promise<AppSettings>
  updateSettings(patch: Partial<AppSettings>): Promise<AppSettings>
}

export interface AppSettings {
  locale: 'en' | 'de'
  theme: 'system' | 'light' | 'dark'
}
