import {
  columnPersonId,
  type CardNote,
  type CompareActor,
  type CompareColumn,
  type CompareLayout,
  type ComparisonCard,
  type ComparisonModel,
  type ComparisonRow,
  type SourceRef,
  type StatementCard,
  type ThemeDef,
  type ThemeSuggestion,
} from '../../../shared/api/compare'
import { findRecurringPhrases } from './phrases'
import { suggestThemes } from './suggest-themes'
import { analyse } from './text/analyse'
import { conflateKeys } from './text/conflate'
import type { TermIndex } from './text/terms'
import { themeRows } from './theme-rows'
import { timelineRows } from './timeline'

export const MIN_ACTORS = 2
export const MAX_ACTORS = 6

export interface ComparisonInput {
  title: string
  /** Human description of the scope, printed in the title block. */
  scopeLabel: string
  /** The columns, in order. */
  actors: readonly CompareActor[]
  cards: readonly StatementCard[]
  layout: CompareLayout
  themes?: readonly ThemeDef[]
  cardNotes?: readonly CardNote[]
  /** The term-equivalence layer: terms that mean the same across languages become one key. */
  terms?: TermIndex
  /** The report's language (en, de, ru): suggested themes are titled in it where the statements allow. */
  locale?: string
  now?: Date
}

export class ComparisonInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ComparisonInputError'
  }
}

/** The whole comparison: columns, rows of the chosen layout, recurring phrases, suggestions and sources. */
export function buildComparisonModel(input: ComparisonInput): ComparisonModel {
  const actorIds = input.actors.map((a) => a.id)
  checkColumns(actorIds)

  const column = columnOf(actorIds)
  const notes = new Map((input.cardNotes ?? []).map((n) => [n.statementId, n]))
  const seen = new Set<number>()
  const cards = input.cards
    .filter((c) => column(c) !== undefined && !seen.has(c.statementId) && seen.add(c.statementId))
    .map((c) => withNote(c, notes.get(c.statementId)))
    .sort(chronological)

  const columns = cards.map((c) => column(c)!)
  const themes = input.themes ?? []
  // Suggestions are rows of the themes layout only; the timeline does not pay for them.
  const { phrases, highlights, suggestions } = comparisonAnalysis(
    cards.map((c, i) => ({ quote: c.quote, language: c.language, column: columns[i] })),
    `${input.title}\n${input.scopeLabel}`,
    input.terms,
    input.layout === 'themes'
      ? { statementIds: cards.map((c) => c.statementId), themed: themes.flatMap((t) => t.statementIds), locale: input.locale }
      : undefined,
  )

  const placed = cards.map((c, i) => ({ statementId: c.statementId, column: columns[i], date: c.date }))
  const rows =
    input.layout === 'timeline' ? timelineRows(placed, actorIds.length) : themeRows(placed, themes, suggestions, actorIds.length)

  const { refOf, sources } = numberSources(rows, cards)
  const modelCards: ComparisonCard[] = cards.map((c, i) => ({
    ...c,
    column: columns[i],
    ref: refOf.get(c.articleId)!,
    highlights: highlights[i],
  }))

  return {
    title: input.title,
    scopeLabel: input.scopeLabel,
    generatedAt: (input.now ?? new Date()).toISOString(),
    layout: input.layout,
    columns: input.actors.map((actor, i) => columnStats(actor, cards.filter((_, k) => columns[k] === i))),
    cards: modelCards,
    rows,
    sources,
    phrases,
    suggestions,
  }
}

/** What the recurring phrases are found in: a card's quote, its language and column, in the comparison's order. */
export interface PhraseCard {
  quote: string
  language: string | null
  column: number
}

/**
 * The cards analysed (stems, matching keys, the term layer's concepts) and the phrases that recur across
 * columns, leaving out the topic's own words (`topicText`: the title and scope). Cards in chronological order.
 */
export function comparisonPhrases(cards: readonly PhraseCard[], topicText: string, terms?: TermIndex) {
  const analysed = cards.map((c) => analyse(c.quote, c.language))
  const topic = topicTokens(topicText)
  conflateKeys([...analysed, ...topic])
  if (terms) {
    analysed.forEach((tokens, i) => terms.annotate(tokens, cards[i].quote))
    for (const tokens of topic) terms.annotate(tokens, topicText)
  }
  const topicKeys = new Set(topic.flat().filter((t) => t.content && !t.number).map((t) => t.key))
  const found = findRecurringPhrases(
    cards.map((c, i) => ({ column: c.column, text: c.quote, tokens: analysed[i] })),
    { topicKeys },
  )
  return { analysed, topicKeys, ...found }
}

/** What the themes layout adds to the analysis: the cards' statements, those in the analyst's themes, the report's language. */
export interface ThemesInput {
  /** The statement of each card, in the cards' order. */
  statementIds: number[]
  /** Statements the analyst has put in a theme: no suggestion takes them. */
  themed: number[]
  /** Suggested themes are titled in this language where the statements allow. */
  locale?: string
}

/**
 * The recurring phrases and, for the themes layout, the suggested themes (clustering the cards no theme
 * holds): what the whole build and the phrase worker compute alike, from the cards' words alone.
 */
export function comparisonAnalysis(cards: readonly PhraseCard[], topicText: string, terms?: TermIndex, themes?: ThemesInput) {
  const { analysed, topicKeys, phrases, highlights } = comparisonPhrases(cards, topicText, terms)
  if (!themes) return { phrases, highlights, suggestions: [] as ThemeSuggestion[] }
  const themed = new Set(themes.themed)
  const suggestions = suggestThemes(
    cards.flatMap((c, i) =>
      themed.has(themes.statementIds[i]) ? [] : [{ statementId: themes.statementIds[i], column: c.column, text: c.quote, tokens: analysed[i] }],
    ),
    { topicKeys, termName: terms && ((concept, language) => terms.name(concept, language)), language: themes.locale },
  )
  return { phrases, highlights, suggestions }
}

/** A card's column among the keys: its person's where the person is one, else its body's; undefined for neither. */
export function columnOf(keys: readonly string[]): (c: Pick<StatementCard, 'personId' | 'actorId'>) => number | undefined {
  const byPerson = new Map(keys.flatMap((id, i) => (columnPersonId(id) ? [[columnPersonId(id)!, i] as const] : [])))
  const byActor = new Map(keys.flatMap((id, i) => (columnPersonId(id) ? [] : [[id, i] as const])))
  return (c) => (c.personId !== null ? byPerson.get(c.personId) : undefined) ?? (c.actorId !== null ? byActor.get(c.actorId) : undefined)
}

/** 2 to 6 columns, none twice. */
export function checkColumns(actorIds: readonly string[]): void {
  if (actorIds.length < MIN_ACTORS || actorIds.length > MAX_ACTORS) {
    throw new ComparisonInputError(`A comparison needs ${MIN_ACTORS} to ${MAX_ACTORS} actors; got ${actorIds.length}.`)
  }
  const duplicate = actorIds.find((id, i) => actorIds.indexOf(id) !== i)
  if (duplicate) throw new ComparisonInputError(`Actor ${duplicate} is chosen twice.`)
}

/** The title's and scope's words, stemmed both as German and as English (Cyrillic as Russian). */
function topicTokens(text: string) {
  return [analyse(text, 'de'), analyse(text, 'en')]
}

export function withNote(card: StatementCard, note: CardNote | undefined): StatementCard {
  if (!note) return { ...card }
  const pick = (given: string | undefined, own: string | null) => (given === undefined ? own : given.trim() || null)
  return { ...card, note: pick(note.note, card.note), translation: pick(note.translation, card.translation) }
}

/** What a card's place in time is read from. */
export type ChronologicalKeys = Pick<StatementCard, 'date' | 'publishedAt' | 'articleId' | 'start' | 'statementId'>

/** The order cards stand in within a cell: by day, publication time, article, place in the article. */
export function chronological(a: ChronologicalKeys, b: ChronologicalKeys): number {
  return (
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
    a.articleId - b.articleId ||
    a.start - b.start ||
    a.statementId - b.statementId
  )
}

function columnStats(actor: CompareActor, cards: readonly StatementCard[]): CompareColumn {
  const dates = cards.map((c) => c.date).filter((d): d is string => d !== null).sort()
  return { actor, count: cards.length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null }
}

/** Sources are numbered by article, in reading order (row by row, left to right). */
function numberSources(rows: readonly ComparisonRow[], cards: readonly StatementCard[]) {
  const byStatement = new Map(cards.map((c) => [c.statementId, c]))
  const refOf = new Map<number, number>()
  const sources: SourceRef[] = []
  const visit = (c: StatementCard) => {
    if (refOf.has(c.articleId)) return
    const ref = sources.length + 1
    refOf.set(c.articleId, ref)
    sources.push({
      ref,
      articleId: c.articleId,
      outlet: c.outlet,
      title: c.articleTitle,
      url: c.url,
      publishedAt: c.publishedAt,
      capturedAt: c.capturedAt,
      captureSha256: c.captureSha256,
    })
  }
  for (const row of rows) for (const cell of row.cells) for (const id of cell) visit(byStatement.get(id)!)
  for (const c of cards) visit(c)
  return { refOf, sources }
}
