import {
  COMPARE_PAGE_CARDS,
  type CardNote,
  type CompareActor,
  type CompareColumn,
  type ComparisonCard,
  type ComparisonPage,
  type ComparisonRow,
  type ComparisonRowSummary,
  type ThemeDef,
  type ThemeSuggestion,
} from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql } from '../../db/sql'
import { chronological, columnOf, withNote } from '../build-model'
import type { ScopeStatement } from '../storage/scope-statements'
import { statementCards } from '../storage/statement-cards'
import { themeRows } from '../theme-rows'

/** The themes layout without its cards: rows with their statements, and each article's source number. */
export interface ThemesSkeleton {
  rows: ComparisonRow[]
  summaries: ComparisonRowSummary[]
  /** Source numbers by article, in reading order (row by row, left to right), as the whole comparison numbers them. */
  refOf: Map<number, number>
}

/**
 * The rows `themeRows` makes of the statements — the analyst's themes, then the suggestions, then the
 * rest — and the source numbers of the whole comparison. With `complete` false (the suggestions not
 * found yet) only the analyst's themes: the rows that come first either way, numbered as they will be.
 * A row of more than `partSize` statements is handed out in parts (see `ComparisonRow.part`), numbered
 * as the whole row is.
 */
export function themesSkeleton(
  statements: readonly ScopeStatement[],
  themes: readonly ThemeDef[],
  suggestions: readonly ThemeSuggestion[],
  columnCount: number,
  complete: boolean,
  partSize = COMPARE_PAGE_CARDS,
): ThemesSkeleton {
  // Before the suggestions, only the statements in the analyst's themes are placed (the rest waits).
  const themed = new Set(themes.flatMap((t) => t.statementIds))
  const placed = complete ? statements : statements.filter((s) => themed.has(s.statementId))
  const all = themeRows(placed, themes, suggestions, columnCount)
  const whole = complete ? all : all.filter((r) => r.kind === 'theme')
  const articleOf = new Map(placed.map((s) => [s.statementId, s.articleId]))
  const refOf = new Map<number, number>()
  const visit = (articleId: number) => refOf.has(articleId) || refOf.set(articleId, refOf.size + 1)
  for (const row of whole) for (const cell of row.cells) for (const id of cell) visit(articleOf.get(id)!)
  if (complete) for (const s of statements) visit(s.articleId)
  const order = new Map(placed.map((s, i) => [s.statementId, i]))
  const rows = whole.flatMap((row) => inParts(row, order, partSize))
  return { rows, summaries: rows.map(({ cells, ...row }) => ({ ...row, counts: cells.map((cell) => cell.length) })), refOf }
}

/** A row cut into parts of at most `size` statements, taken in the comparison's order, each in its column. */
function inParts(row: ComparisonRow, order: ReadonlyMap<number, number>, size: number): ComparisonRow[] {
  const columnOf = new Map(row.cells.flatMap((cell, column) => cell.map((id) => [id, column] as const)))
  if (columnOf.size <= size) return [row]
  const ids = [...columnOf.keys()].sort((a, b) => order.get(a)! - order.get(b)!)
  const of = Math.ceil(ids.length / size)
  return Array.from({ length: of }, (_, k) => {
    const cells: number[][] = row.cells.map(() => [])
    for (const id of ids.slice(k * size, (k + 1) * size)) cells[columnOf.get(id)!].push(id)
    return { ...row, id: k === 0 ? row.id : `${row.id}~${k + 1}`, cells, part: { index: k + 1, of } }
  })
}

/** Each column's count and date span, from the statements in scope. */
export function statementColumns(actors: readonly CompareActor[], statements: readonly ScopeStatement[]): CompareColumn[] {
  return actors.map((actor, i) => {
    const dates = statements.filter((s) => s.column === i && s.date !== null).map((s) => s.date!)
    dates.sort()
    return { actor, count: statements.filter((s) => s.column === i).length, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null }
  })
}

/** Rows `offset` … `offset + limit - 1` of the themes layout with their cards, read by id for those rows only. */
export function themesPage(
  db: Db,
  skeleton: ThemesSkeleton,
  query: { keys: readonly string[]; cardNotes?: readonly CardNote[]; locale: string },
  offset: number,
  limit: number,
): ComparisonPage {
  const rows = skeleton.rows.slice(offset, offset + limit)
  if (rows.length === 0) return { offset, rows: [], cards: [] }
  // A statement in several themes is one card, however many of the page's rows show it.
  const ids = [...new Set(rows.flatMap((r) => r.cells.flat()))]
  const notes = new Map((query.cardNotes ?? []).map((n) => [n.statementId, n]))
  const column = columnOf(query.keys)
  const cards: ComparisonCard[] = statementCards(db, {}, query.keys, query.locale, [sql`s.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`])
    .map((c) => withNote(c, notes.get(c.statementId)))
    .sort(chronological)
    .map((c) => ({ ...c, column: column(c)!, ref: skeleton.refOf.get(c.articleId)!, highlights: [] }))
  return { offset, rows, cards }
}
