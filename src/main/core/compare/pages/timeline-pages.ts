import {
  type CardNote,
  type CompareActor,
  type CompareColumn,
  type ComparisonCard,
  type ComparisonPage,
  type ComparisonRow,
  type ComparisonRowSummary,
  type CompareScope,
} from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql } from '../../db/sql'
import { chronological, columnOf, withNote } from '../build-model'
import type { ScopeGrid } from '../storage/scope-grid'
import { statementCards } from '../storage/statement-cards'
import { silentDaysBefore } from '../timeline'

/** The timeline without its cards: rows with counts, and what a page needs to read and number its cards. */
export interface TimelineSkeleton {
  rows: ComparisonRowSummary[]
  /** Distinct articles per row: a row's first source number is one more than the sum of those before it. */
  articles: number[]
  /** The statements of each row. */
  statementIds: number[][]
  cardCount: number
}

/**
 * The timeline's rows from the scope's grid, as `timelineRows` makes them from the cards: one per day
 * with a statement, oldest first, with the silent days before it; undated statements last.
 */
export function timelineSkeleton(grid: ScopeGrid): TimelineSkeleton {
  const dated = grid.days.filter((d) => d.date !== null).map((d) => d.date!)
  const rows: ComparisonRowSummary[] = grid.days.map((day, i) =>
    day.date === null
      ? { id: 'undated', kind: 'undated', label: '', date: null, gapDaysBefore: 0, counts: day.counts }
      : { id: `d:${day.date}`, kind: 'date', label: day.date, date: day.date, gapDaysBefore: silentDaysBefore(day.date, dated[i - 1]), counts: day.counts },
  )
  return {
    rows,
    articles: grid.days.map((d) => d.articles),
    statementIds: grid.days.map((d) => d.statementIds),
    cardCount: grid.days.reduce((sum, d) => sum + d.statementIds.length, 0),
  }
}

/** Each column's count and date span, from the grid's days. */
export function skeletonColumns(actors: readonly CompareActor[], grid: ScopeGrid): CompareColumn[] {
  return actors.map((actor, i) => {
    const days = grid.days.filter((d) => d.counts[i] > 0)
    const dates = days.map((d) => d.date).filter((d): d is string => d !== null)
    return { actor, count: days.reduce((sum, d) => sum + d.counts[i], 0), firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null }
  })
}

/** Rows `offset` … `offset + limit - 1` of the timeline with their cards, read by id for those rows only. */
export function timelinePage(
  db: Db,
  skeleton: TimelineSkeleton,
  query: { scope: CompareScope; keys: readonly string[]; cardNotes?: readonly CardNote[]; locale: string },
  offset: number,
  limit: number,
): ComparisonPage {
  const summaries = skeleton.rows.slice(offset, offset + limit)
  if (summaries.length === 0) return { offset, rows: [], cards: [] }
  const ids = skeleton.statementIds.slice(offset, offset + summaries.length).flat()
  const notes = new Map((query.cardNotes ?? []).map((n) => [n.statementId, n]))
  // Only the scope's cheap conditions again (not rejected since): the ids already are the scope.
  const cards = statementCards(db, {}, query.keys, query.locale, [sql`s.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`])
    .map((c) => withNote(c, notes.get(c.statementId)))
    .sort(chronological)

  const column = columnOf(query.keys)
  const rowOf = new Map(summaries.map((r, i) => [r.date, i]))
  const rows: ComparisonRow[] = summaries.map(({ counts, ...r }) => ({ ...r, cells: counts.map(() => []) }))
  const placed = cards.flatMap((card) => (rowOf.has(card.date) ? [{ card, column: column(card)! }] : []))
  for (const { card, column } of placed) rows[rowOf.get(card.date)!].cells[column].push(card.statementId)

  // Sources are numbered by article in reading order; an article's statements share its day, so the
  // rows before this page hold exactly the sources numbered before it.
  let ref = skeleton.articles.slice(0, offset).reduce((sum, n) => sum + n, 0)
  const refOf = new Map<number, number>()
  const articleOf = new Map(placed.map((p) => [p.card.statementId, p.card.articleId]))
  for (const row of rows) for (const cell of row.cells) for (const id of cell) if (!refOf.has(articleOf.get(id)!)) refOf.set(articleOf.get(id)!, ++ref)
  const out: ComparisonCard[] = placed.map(({ card, column }) => ({ ...card, column, ref: refOf.get(card.articleId)!, highlights: [] }))
  return { offset, rows, cards: out }
}
