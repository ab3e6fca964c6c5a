/** Statements: who said what in an article, found by the engine or marked by the analyst, and their review. */
import type { Tag } from './library'

export type StatementKind = 'direct' | 'partial' | 'reported'
export type ReviewState = 'unreviewed' | 'confirmed' | 'rejected'
export type StatementOrigin = 'auto' | 'manual'

export interface StatementActor {
  id: string
  name: string
}

export interface StatementRecord {
  id: number
  articleId: number
  /** The statement's text, exactly as in the article between `start` and `end`. */
  quote: string
  kind: StatementKind
  /** The phrase that introduces it ("heißt es", "said", "заявил"), when found. */
  cue: string | null
  /** The source as written ("das Ministerium", "Maria Sacharowa"), also when no actor is known. */
  speaker: string | null
  actor: StatementActor | null
  /** UTF-16 offsets into the article's text (W3C TextPositionSelector). */
  start: number
  end: number
  /** Text just before and after the quote (W3C TextQuoteSelector), to find it again if the text changes. */
  prefix: string
  suffix: string
  confidence: number
  /** The engine was unsure (actor unknown or ambiguous). */
  needsReview: boolean
  origin: StatementOrigin
  review: ReviewState
  /** The analyst changed its actor, kind or span; re-extraction leaves it alone. */
  corrected: boolean
  note: string | null
  tags: Tag[]
  createdAt: string
  updatedAt: string
}

export interface StatementArticle {
  id: number
  title: string
  siteName: string | null
  publishedAt: string | null
  language: string | null
}

export interface StatementListItem extends StatementRecord {
  article: StatementArticle
}

export interface StatementFilter {
  articleId?: number
  /** Statements of any of these actors. */
  actorIds?: string[]
  /** Only statements without an actor. */
  unattributed?: boolean
  kinds?: StatementKind[]
  review?: ReviewState[]
  needsReview?: boolean
  origin?: StatementOrigin
  tagId?: number
  /** The article's language (ISO 639-1). */
  language?: string
  /** The article's publication date range, ISO 8601 (inclusive). */
  from?: string
  to?: string
  /** Words in the quote or speaker (same syntax as the library search). */
  text?: string
  offset?: number
  limit?: number
}

export interface StatementPage {
  items: StatementListItem[]
  total: number
}

export interface StatementPatch {
  actorId?: string | null
  kind?: StatementKind
  review?: ReviewState
  note?: string | null
  /** A new span; the quote is taken from the article text. */
  start?: number
  end?: number
}

export interface ManualStatementInput {
  articleId: number
  start: number
  end: number
  actorId?: string | null
  kind?: StatementKind
  speaker?: string | null
  note?: string | null
}

export interface ExtractionSummary {
  runId: string
  articles: number
  added: number
  updated: number
  removed: number
  /** Confirmed, rejected, corrected and manual statements left as the analyst made them. */
  kept: number
  cancelled: boolean
  failed: { articleId: number; reason: string }[]
}

export interface StatementsProgress {
  runId: string
  done: number
  total: number
}

export interface StatementsApi {
  list(filter: StatementFilter): Promise<StatementPage>
  forArticle(articleId: number): Promise<StatementRecord[]>
  get(id: number): Promise<StatementRecord | null>
  update(id: number, patch: StatementPatch): Promise<StatementRecord>
  /** Confirm or reject many at once; returns how many changed. */
  review(ids: number[], state: ReviewState): Promise<number>
  /** Mark a selection of an article's text as a statement. */
  create(input: ManualStatementInput): Promise<StatementRecord>
  remove(id: number): Promise<void>
  addTag(ids: number[], name: string): Promise<Tag>
  removeTag(ids: number[], tagId: number): Promise<void>
  /** Re-run extraction on one article (at once). */
  extractArticle(articleId: number): Promise<ExtractionSummary>
  /** Re-run extraction on the whole library in the background; progress and the summary come as events. */
  extractLibrary(): Promise<{ runId: string }>
  cancelExtraction(runId: string): Promise<void>
}
