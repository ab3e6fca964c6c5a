/** Statements: who said what in an article, found by the engine or marked by the analyst, and their review. */
import type { Tag } from './library'

export type StatementKind = 'direct' | 'partial' | 'reported'
export type ReviewState = 'unreviewed' | 'confirmed' | 'rejected'
export type StatementOrigin = 'auto' | 'manual'

/**
 * Statements below this confidence, or with nobody named (no actor and no speaker as written), wait in the
 * "needs a speaker" triage queue until the analyst reviews them; the others are attributed, unless rejected.
 */
export const ATTRIBUTION_THRESHOLD = 0.5

/** Which statements a list shows: attributed ones, the triage queue, or all. */
export type StatementQueue = 'attributed' | 'needs-speaker'

export type StatementSort = 'date-desc' | 'date-asc' | 'confidence-desc' | 'confidence-asc'

export interface StatementActor {
  id: string
  name: string
}

/** The known person a statement is by (the person registry), apart from the body it counts for. */
export interface StatementPerson {
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
  /** The speaker mention exactly as written ("er", "das Ministerium", "Maria Sacharowa"), also when no actor is known. */
  speaker: string | null
  /** The mention's UTF-16 offsets in the article's text (null for mentions the analyst typed, and before re-extraction). */
  speakerStart: number | null
  speakerEnd: number | null
  /** Whom the mention refers to where the article settles it and it differs from the mention ("er" → "Herbert Diess"). */
  speakerReferent: string | null
  actor: StatementActor | null
  /** The known person who said it (Zakharova for the Russian foreign ministry), also when no body applies; null when none or unsure. */
  person: StatementPerson | null
  /** A news agency or outlet that carried the statement ("RIA Novosti", "dpa"): the channel, not the speaker. */
  channel: string | null
  /** Why the engine found it and attributed it so: form, cue, speaker mention, rules (shown on hover). */
  reasons: string[]
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
  /** Statements by any of these persons. */
  personIds?: string[]
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
  /** Words in the quote, speaker or referent (same syntax as the library search). */
  text?: string
  /**
   * 'attributed': confirmed, or unreviewed with an actor or speaker and confidence ≥ `minConfidence`;
   * 'needs-speaker' (the triage queue): unreviewed, with nobody named or confidence below it.
   * Absent: all (rejected statements are only here).
   */
  queue?: StatementQueue
  /** The queue's confidence threshold (default ATTRIBUTION_THRESHOLD). */
  minConfidence?: number
  /** By the article's publication date (default, newest first) or by confidence. */
  sort?: StatementSort
  offset?: number
  limit?: number
}

/** How many statements match a filter (its `queue` ignored): all, attributed and waiting in the triage queue (the rest: rejected). */
export interface StatementCounts {
  all: number
  attributed: number
  needsSpeaker: number
}

export interface StatementPage {
  items: StatementListItem[]
  total: number
}

export interface StatementPatch {
  actorId?: string | null
  /** The person who said it (a person id), or null: not a known person. */
  personId?: string | null
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
  personId?: string | null
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
  /** Totals per queue for the same filter, e.g. for the triage queue's count. */
  counts(filter: StatementFilter): Promise<StatementCounts>
  /** How many statements each actor has (actors without statements are left out). */
  countByActor(): Promise<Record<string, number>>
  /** How many statements each person has (persons without statements are left out). */
  countByPerson(): Promise<Record<string, number>>
  forArticle(articleId: number): Promise<StatementRecord[]>
  get(id: number): Promise<StatementRecord | null>
  /** The analyst's edit; a new actor also marks the statement as confirmed unless `review` says otherwise. */
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
