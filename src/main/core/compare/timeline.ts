import type { ComparisonRow } from '../../../shared/api/compare'

export interface PlacedCard {
  statementId: number
  column: number
  date: string | null
}

const DAY_MS = 86_400_000

function dayNumber(isoDate: string): number {
  return Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS
}

/** Whole days without a statement between two dated rows (none before the first). */
export function silentDaysBefore(date: string, previous: string | undefined): number {
  return previous === undefined ? 0 : dayNumber(date) - dayNumber(previous) - 1
}

/**
 * One row per calendar day on which any column has a statement, oldest first, so what each actor said
 * the same day stands side by side; statements without a date come last. Each row records how many
 * silent days lie before it, so a gap in time is shown, not hidden.
 */
export function timelineRows(cards: readonly PlacedCard[], columnCount: number): ComparisonRow[] {
  const byDay = new Map<string | null, number[][]>()
  for (const c of cards) {
    let cells = byDay.get(c.date)
    if (!cells) byDay.set(c.date, (cells = Array.from({ length: columnCount }, () => [])))
    cells[c.column].push(c.statementId)
  }
  const days = [...byDay.keys()].filter((d): d is string => d !== null).sort()
  const rows: ComparisonRow[] = days.map((date, i) => ({
    id: `d:${date}`,
    kind: 'date',
    label: date,
    date,
    gapDaysBefore: silentDaysBefore(date, days[i - 1]),
    cells: byDay.get(date)!,
  }))
  const undated = byDay.get(null)
  if (undated) rows.push({ id: 'undated', kind: 'undated', label: '', date: null, gapDaysBefore: 0, cells: undated })
  return rows
}
