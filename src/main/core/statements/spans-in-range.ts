/** The spans of a start-sorted list that lie wholly in [from, to), found by binary search. */
export function spansInRange<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid].start < from) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) out.push(sorted[i])
  return out
}

/** The spans of a start-sorted list of short spans (at most `reach` long) that overlap [from, to). */
export function spansOverlapping<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number, reach = 200): T[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid].start < from - reach) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end > from) out.push(sorted[i])
  return out
}
