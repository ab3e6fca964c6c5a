import type { CardKind, ComparisonCard, ComparisonModel } from '../../../../shared/api/compare'
import { strongest } from './strongest'

/** Who said what in one column: how often, when first and last, by whom, and the strongest statement. */
export interface ColumnSummary {
  column: number
  name: string
  count: number
  firstDate: string | null
  lastDate: string | null
  kinds: Record<CardKind, number>
  /** The known persons whose statements stand in the column, most statements first (the body itself is not one). */
  speakers: { name: string; count: number }[]
  /** Distinct articles the column's statements come from. */
  articles: number
  strongest: ComparisonCard | null
}

/** One theme row of the actor × theme table: per column the count and the strongest statement. */
export interface ThemeSummary {
  label: string
  suggested: boolean
  cells: { count: number; strongest: ComparisonCard | null }[]
}

export interface ReportSummary {
  columns: ColumnSummary[]
  /** Empty unless the model has theme rows (the themes layout, or a themes model given for a timeline report). */
  themes: ThemeSummary[]
}

/**
 * The summary at the top of every report, from the model alone: per column (actor or person) the
 * number of statements, first and last day, kinds, speakers and the strongest statement; and where
 * there are themes, the actor × theme table. `themesModel` lends its theme rows to a timeline report.
 */
export function summarise(model: ComparisonModel, themesModel?: ComparisonModel): ReportSummary {
  const columns = model.columns.map((col, i): ColumnSummary => {
    const cards = model.cards.filter((c) => c.column === i)
    const kinds: Record<CardKind, number> = { direct: 0, partial: 0, reported: 0 }
    // Known persons only, counted by who they are (one person is "Мария Захарова" in a Russian article and
    // "Maria Sacharowa" in a German one); a speaker the library does not know may be a phrase, not a name.
    const speakers = new Map<string, { count: number; names: Map<string, number> }>()
    for (const c of cards) {
      kinds[c.kind]++
      // In a person's own column the person is the column; elsewhere name who spoke for the body.
      if (!c.personId || !c.speaker || col.actor.person) continue
      const entry = speakers.get(c.personId) ?? { count: 0, names: new Map<string, number>() }
      entry.count++
      entry.names.set(c.speaker, (entry.names.get(c.speaker) ?? 0) + 1)
      speakers.set(c.personId, entry)
    }
    return {
      column: i,
      name: col.actor.name,
      count: col.count,
      firstDate: col.firstDate,
      lastDate: col.lastDate,
      kinds,
      speakers: [...speakers.values()]
        .map(({ count, names }) => ({ name: [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0], count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      articles: new Set(cards.map((c) => c.articleId)).size,
      strongest: strongest(cards),
    }
  })
  return { columns, themes: themeTable(themesModel ?? model) }
}

function themeTable(model: ComparisonModel): ThemeSummary[] {
  const cards = new Map(model.cards.map((c) => [c.statementId, c]))
  return model.rows
    .filter((r) => r.kind === 'theme' || r.kind === 'suggestion')
    .map((r) => ({
      label: r.label,
      suggested: r.kind === 'suggestion',
      cells: r.cells.map((ids) => {
        const list = ids.map((id) => cards.get(id)!).filter(Boolean)
        return { count: list.length, strongest: strongest(list) }
      }),
    }))
}
