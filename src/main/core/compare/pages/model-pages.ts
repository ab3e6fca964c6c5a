import type { ComparisonModel, ComparisonOverview, ComparisonPage, ComparisonPhrases } from '../../../../shared/api/compare'

/**
 * The overview of a comparison built whole: the themes layout, whose suggested rows come from
 * clustering every statement in scope, is built at once and then handed out page by page.
 */
export function overviewOfModel(model: ComparisonModel): ComparisonOverview {
  const { title, scopeLabel, generatedAt, layout, columns, suggestions } = model
  return {
    title,
    scopeLabel,
    generatedAt,
    layout,
    columns,
    rows: model.rows.map(({ cells, ...row }) => ({ ...row, counts: cells.map((cell) => cell.length) })),
    cardCount: model.cards.length,
    suggestions,
  }
}

/** Rows `offset` … `offset + limit - 1` of a whole comparison with their cards (phrases come separately). */
export function pageOfModel(model: ComparisonModel, offset: number, limit: number): ComparisonPage {
  const rows = model.rows.slice(offset, offset + limit)
  const wanted = new Set(rows.flatMap((r) => r.cells.flat()))
  const cards = model.cards.filter((c) => wanted.has(c.statementId)).map((c) => ({ ...c, highlights: [] }))
  return { offset, rows, cards }
}

/** A comparison's recurring phrases and the cards they are marked in. */
export function phrasesOfModel(model: ComparisonModel): ComparisonPhrases {
  return {
    phrases: model.phrases,
    highlights: model.cards.filter((c) => c.highlights.length > 0).map((c) => ({ statementId: c.statementId, highlights: c.highlights })),
  }
}
