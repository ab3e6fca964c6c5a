/** How many items of a start-sorted list start before pos (binary search). */
export function countStartingBefore(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid].start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The spans of a start-sorted list that lie wholly in [from, to), found by binary search. */
export function spansInRange<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const lo = countStartingBefore(sorted, from)
  const out: T[] = []
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) out.push(sorted[i])
  return out
}

/** The spans of a start-sorted list of short spans (at most `reach` long) that overlap [from, to). */
export function spansOverlapping<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number, reach = 200): T[] {
  const lo = countStartingBefore(sorted, from - reach)
  const out: T[] = []
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end > from) out.push(sorted[i])
  return out
}
