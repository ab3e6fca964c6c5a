/** Events (topics grouping statements and articles) and side-by-side comparisons: the types main and renderer exchange. */

export type CompareLayout = 'timeline' | 'themes'
export type CardKind = 'direct' | 'partial' | 'reported'
export type PaperSize = 'a4' | 'letter'
/** The language of a report and its exports: labels, dates, and actors' and persons' names. */
export type ReportLocale = 'en' | 'de' | 'ru'

/**
 * What a comparison covers: an event, or a tag, or a full-text search, each optionally narrowed
 * by a date range (inclusive, on the article's publication date); a date range alone is a scope too.
 */
export interface CompareScope {
  eventId?: number
  /** Tag name (case-insensitive). */
  tag?: string
  /** Full-text search over the library, same syntax as the library search. */
  query?: string
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string
  to?: string
}

/**
 * A comparison's columns are keyed by an actor id ("ru-mfa": all statements that count for the body, its
 * persons' too) or by `person:<id>` ("person:maria-zakharova": only that person's statements). A statement
 * stands in one column: its person's when that person is a column, else its body's.
 */
export const PERSON_COLUMN_PREFIX = 'person:'

/** The column key of a person. */
export const personColumn = (personId: string): string => `${PERSON_COLUMN_PREFIX}${personId}`

/** The person a column key names, or null for an actor's column. */
export const columnPersonId = (key: string): string | null => (key.startsWith(PERSON_COLUMN_PREFIX) ? key.slice(PERSON_COLUMN_PREFIX.length) : null)

/** One analyst sub-topic in the themes layout; a statement may sit in several themes. */
export interface ThemeDef {
  id: string
  title: string
  statementIds: number[]
}

/** The analyst's note and/or translation for one card, printed with it. */
export interface CardNote {
  statementId: number
  note?: string
  translation?: string
}

/** Everything needed to (re)build a comparison; what a saved comparison stores. */
export interface ComparisonSpec {
  title: string
  scope: CompareScope
  /** 2–6 columns in order: actor ids, and `person:<id>` for persons (see PERSON_COLUMN_PREFIX). */
  actorIds: string[]
  layout: CompareLayout
  themes: ThemeDef[]
  cardNotes: CardNote[]
}

/** A spec as callers may give it: only scope, actors and layout are required. */
export type ComparisonSpecInput = Pick<ComparisonSpec, 'scope' | 'actorIds' | 'layout'> &
  Partial<Pick<ComparisonSpec, 'title' | 'themes' | 'cardNotes'>>

export interface CompareActor {
  /** The column key: an actor id, or `person:<id>` for a person's column. */
  id: string
  name: string
  country: string | null
  /** Set for a person's column: who, and the office their statements here count for. */
  person?: ColumnPerson
}

/** A person as a column: the office held at their latest statement in scope (else their latest office). */
export interface ColumnPerson {
  id: string
  /** spokesperson, foreign-minister, head-of-state, … */
  role: string | null
  /** The body of that office. */
  actorId: string | null
  actorName: string | null
}

/** A statement as the comparison shows it, with everything its footnote needs. */
export interface StatementCard {
  statementId: number
  /** The body it counts for; null for a person's statement that counts for no body (in the person's column). */
  actorId: string | null
  /** The known person who said it, when the library knows them. */
  personId: string | null
  /** As written, in the original language. */
  quote: string
  kind: CardKind
  /** Day of the statement (YYYY-MM-DD): the article's publication day as the outlet states it; null when unknown. */
  date: string | null
  language: string | null
  /** Site name, or the domain when the page names none. */
  outlet: string | null
  articleId: number
  articleTitle: string
  /** Offsets of the statement in the article text (UTF-16 code units), for the reader link. */
  start: number
  end: number
  url: string | null
  publishedAt: string | null
  capturedAt: string | null
  captureSha256: string | null
  note: string | null
  translation: string | null
  /** The person who said it, when the body's statement is a person's ("Maria Sacharowa" in the ru-mfa column), else null. */
  speaker: string | null
}

export interface CompareColumn {
  actor: CompareActor
  count: number
  firstDate: string | null
  lastDate: string | null
}

/** A recurring phrase; `key` is the normalised (stemmed) form it was matched on. */
export interface RecurringPhrase {
  id: number
  text: string
  key: string
  /** Column indices the phrase occurs in (at least two). */
  columns: number[]
  occurrences: number
}

export interface Highlight {
  start: number
  end: number
  phraseId: number
}

export interface ComparisonCard extends StatementCard {
  column: number
  /** Number of this card's source (the article) in `sources`. */
  ref: number
  /** Recurring-phrase ranges in `quote`, sorted, non-overlapping. */
  highlights: Highlight[]
}

export interface SourceRef {
  ref: number
  articleId: number
  outlet: string | null
  title: string
  url: string | null
  publishedAt: string | null
  capturedAt: string | null
  captureSha256: string | null
}

export type RowKind = 'date' | 'undated' | 'theme' | 'suggestion' | 'unassigned'

export interface ComparisonRow {
  id: string
  kind: RowKind
  /** Theme title or suggestion label; for date rows the ISO date (format it for display). */
  label: string
  date: string | null
  /** Timeline: whole days without any statement between the previous dated row and this one. */
  gapDaysBefore: number
  /** Statement ids per column, in column order; an empty cell is a gap. */
  cells: number[][]
  /**
   * The Compare view's themes layout hands a row of more statements than a page holds (COMPARE_PAGE_CARDS)
   * out in parts, in time order, so no page reads thousands of cards: this part (from 1) of how many.
   * The first part keeps the row's id, the others add `~n`. Absent: the whole row.
   */
  part?: { index: number; of: number }
}

/** A suggested theme: statements from different columns whose texts are alike. */
export interface ThemeSuggestion {
  id: string
  label: string
  statementIds: number[]
  columns: number[]
  /** Mean pairwise similarity within the group, 0–1. */
  cohesion: number
}

export interface ComparisonModel {
  title: string
  scopeLabel: string
  /** ISO date-time the model was built. */
  generatedAt: string
  layout: CompareLayout
  columns: CompareColumn[]
  cards: ComparisonCard[]
  rows: ComparisonRow[]
  sources: SourceRef[]
  phrases: RecurringPhrase[]
  suggestions: ThemeSuggestion[]
}

/** A row before its cards are loaded: how many statements each column has in it. */
export interface ComparisonRowSummary extends Omit<ComparisonRow, 'cells'> {
  /** Statements per column, in column order. */
  counts: number[]
}

/**
 * What the Compare view shows first: the columns and every row with its counts, without cards. The
 * cards come page by page (`CompareApi.page`), the recurring phrases after them (`CompareApi.phrases`),
 * so a comparison over a year of a large library is on screen at once and costs what is looked at.
 */
export interface ComparisonOverview {
  title: string
  scopeLabel: string
  /** ISO date-time the overview was built. */
  generatedAt: string
  layout: CompareLayout
  columns: CompareColumn[]
  rows: ComparisonRowSummary[]
  /** Statements in all rows together. */
  cardCount: number
  /** Themes layout: the suggested themes, whose rows are among `rows`. */
  suggestions: ThemeSuggestion[]
  /**
   * Themes layout, while its suggested themes are being found: how many statements (those in no theme
   * of the analyst's) are being grouped. `rows` then holds the analyst's themes only — the rows that
   * come first either way — and `CompareApi.settled` gives the whole overview.
   */
  analysing?: number
}

/** Which rows of an overview to load: `limit` rows (at most COMPARE_PAGE_MAX_ROWS) from index `offset`. */
export interface ComparisonPageRequest {
  offset: number
  limit: number
}

/** The most rows one page request may ask for. */
export const COMPARE_PAGE_MAX_ROWS = 500
/** A page holds rows until it has this many cards: a screen or two, however many rows that takes. */
export const COMPARE_PAGE_CARDS = 40

/** How many rows from `offset` make a page of about `cards` cards (at least one row, at most COMPARE_PAGE_MAX_ROWS). */
export function pageRowCount(overview: Pick<ComparisonOverview, 'rows'>, offset: number, cards = COMPARE_PAGE_CARDS): number {
  let n = 0
  let held = 0
  for (let i = offset; i < overview.rows.length && n < COMPARE_PAGE_MAX_ROWS && (n === 0 || held < cards); i++, n++) {
    held += overview.rows[i].counts.reduce((a, b) => a + b, 0)
  }
  return n
}

/**
 * Rows `offset` … `offset + rows.length - 1` of the overview with their cards (numbered as in the full
 * comparison). The cards' `highlights` are empty: the recurring phrases are `CompareApi.phrases`.
 */
export interface ComparisonPage {
  offset: number
  rows: ComparisonRow[]
  cards: ComparisonCard[]
}

/** The recurring phrases of the whole comparison, and where they stand in its cards (cards without any left out). */
export interface ComparisonPhrases {
  phrases: RecurringPhrase[]
  highlights: { statementId: number; highlights: Highlight[] }[]
}

export interface SavedComparisonSummary {
  id: number
  title: string
  layout: CompareLayout
  actorIds: string[]
  createdAt: string
  updatedAt: string
}

export interface SavedComparison extends SavedComparisonSummary {
  spec: ComparisonSpec
}

export interface ExportOptions {
  locale?: ReportLocale
  paper?: PaperSize
  /** Landscape unless false. */
  landscape?: boolean
}

/** A saved comparison's id, or a spec for one not saved. */
export type ComparisonTarget = number | ComparisonSpecInput

export interface EventSummary {
  id: number
  title: string
  description: string
  /** Inclusive ISO dates or null. */
  from: string | null
  to: string | null
  statementCount: number
  articleCount: number
  createdAt: string
  updatedAt: string
}

export interface EventDetail extends EventSummary {
  statementIds: number[]
  articleIds: number[]
}

export interface EventInput {
  title: string
  description?: string
  from?: string | null
  to?: string | null
}

/** Where a new event's statements and articles come from. */
export type EventSeed =
  | { kind: 'statements'; statementIds: number[] }
  | { kind: 'tag'; tag: string }
  | { kind: 'search'; query: string; from?: string; to?: string }
  | { kind: 'dateRange'; from: string; to: string }

export interface EventsApi {
  list(): Promise<EventSummary[]>
  get(id: number): Promise<EventDetail | null>
  /** Creates an event, filled from the seed (a snapshot of matching articles and their statements). */
  create(input: EventInput, seed?: EventSeed): Promise<EventDetail>
  update(id: number, patch: Partial<EventInput>): Promise<EventDetail>
  delete(id: number): Promise<void>
  addStatements(id: number, statementIds: number[]): Promise<EventDetail>
  removeStatements(id: number, statementIds: number[]): Promise<EventDetail>
}

/** A person with statements in a scope, and the office those count for. */
export interface ScopePerson {
  /** `id` is the column key (`person:<id>`), as in a spec's actorIds. */
  actor: CompareActor & { person: ColumnPerson }
  statements: number
  firstDate: string | null
  lastDate: string | null
}

/** An actor with statements in a scope. */
export interface ScopeActor {
  actor: CompareActor
  statements: number
  firstDate: string | null
  lastDate: string | null
}

/** Terms that mean the same across languages, for matching statements in comparisons. */
export interface TermGroups {
  /** Shipped with the app (resources/compare/terms.json): id and terms, "Kasachstan@de" naming a language. */
  shipped: { id: string; terms: string[] }[]
  /** The analyst's own groups; one that shares a term with another group joins it. */
  own: { id: number; terms: string[]; createdAt: string }[]
}

export interface CompareApi {
  /** The actors that have (non-rejected) statements in a scope, most statements first. */
  actorsInScope(scope: CompareScope): Promise<ScopeActor[]>
  /** The known persons who have (non-rejected) statements in a scope, most statements first: columns of their own. */
  personsInScope(scope: CompareScope): Promise<ScopePerson[]>
  /** The whole comparison at once (every card): for exports and scripts; the app shows `overview` and pages. */
  build(spec: ComparisonSpecInput): Promise<ComparisonModel>
  /** Columns and rows with counts, no cards: the first screen (the themes layout's may still be `analysing`). */
  overview(spec: ComparisonSpecInput): Promise<ComparisonOverview>
  /** The overview once it is complete: the themes layout's with its suggested themes found. */
  settled(spec: ComparisonSpecInput): Promise<ComparisonOverview>
  /** Some rows of the overview with their cards. */
  page(spec: ComparisonSpecInput, request: ComparisonPageRequest): Promise<ComparisonPage>
  /** The recurring phrases over all the comparison's cards, and their places in the cards. */
  phrases(spec: ComparisonSpecInput): Promise<ComparisonPhrases>
  list(): Promise<SavedComparisonSummary[]>
  get(id: number): Promise<SavedComparison | null>
  save(spec: ComparisonSpecInput): Promise<SavedComparison>
  update(id: number, patch: Partial<ComparisonSpec>): Promise<SavedComparison>
  delete(id: number): Promise<void>
  setCardNote(id: number, note: CardNote): Promise<SavedComparison>
  setThemes(id: number, themes: ThemeDef[]): Promise<SavedComparison>
  /** Turns a suggestion (its statements, optionally retitled) into a theme of the saved comparison. */
  acceptSuggestion(id: number, suggestion: { label: string; statementIds: number[] }): Promise<SavedComparison>
  exportHtml(target: ComparisonTarget, options?: ExportOptions): Promise<string>
  exportJson(target: ComparisonTarget): Promise<string>
  exportCsv(target: ComparisonTarget): Promise<string>
  /** The Word briefing (DOCX: summary, actor × theme table, side-by-side table, footnoted sources), base64-encoded. */
  exportDocx(target: ComparisonTarget, options?: ExportOptions): Promise<string>
  /** Asks where to save (desktop) and writes a PDF; the path written, or null when cancelled. */
  printToPdf(target: ComparisonTarget, options?: ExportOptions): Promise<string | null>
  /** The term-equivalence layer's groups (ОДКБ = OVKS = CSTO): the shipped ones and the analyst's. */
  termGroups(): Promise<TermGroups>
  /** Adds the analyst's group of equivalent terms (at least two). */
  addTermGroup(terms: string[]): Promise<TermGroups>
  removeTermGroup(id: number): Promise<TermGroups>
  /** Opens the system print dialog; false when cancelled. */
  print(target: ComparisonTarget, options?: ExportOptions): Promise<boolean>
}
