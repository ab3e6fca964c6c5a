import type { ComparisonRow, ThemeDef, ThemeSuggestion } from '../../../shared/api/compare'
import type { PlacedCard } from './timeline'

/**
 * The themes layout: the analyst's themes in their order, then suggestions (over statements no theme
 * holds yet), then whatever is left, so every statement appears somewhere.
 */
export function themeRows(
  cards: readonly PlacedCard[],
  themes: readonly ThemeDef[],
  suggestions: readonly ThemeSuggestion[],
  columnCount: number,
): ComparisonRow[] {
  const byId = new Map(cards.map((c) => [c.statementId, c]))
  const order = new Map(cards.map((c, i) => [c.statementId, i]))
  const cellsFor = (ids: readonly number[]) => {
    const cells: number[][] = Array.from({ length: columnCount }, () => [])
    const known = [...new Set(ids)].filter((id) => byId.has(id)).sort((a, b) => order.get(a)! - order.get(b)!)
    for (const id of known) cells[byId.get(id)!.column].push(id)
    return cells
  }
  const assigned = new Set<number>()
  const rows: ComparisonRow[] = themes.map((t) => {
    for (const id of t.statementIds) assigned.add(id)
    return { id: `t:${t.id}`, kind: 'theme', label: t.title, date: null, gapDaysBefore: 0, cells: cellsFor(t.statementIds) }
  })
  for (const s of suggestions) {
    if (s.statementIds.some((id) => assigned.has(id))) continue
    for (const id of s.statementIds) assigned.add(id)
    rows.push({ id: `s:${s.id}`, kind: 'suggestion', label: s.label, date: null, gapDaysBefore: 0, cells: cellsFor(s.statementIds) })
  }
  const rest = cards.filter((c) => !assigned.has(c.statementId)).map((c) => c.statementId)
  if (rest.length) rows.push({ id: 'unassigned', kind: 'unassigned', label: '', date: null, gapDaysBefore: 0, cells: cellsFor(rest) })
  return rows
}
