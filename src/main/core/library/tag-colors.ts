/** Colours given to new tags in turn: distinct from each other, readable on light and dark themes. */
export const TAG_PALETTE = [
  '#2f6fdb', '#d9480f', '#2b8a3e', '#ae3ec9', '#e8590c', '#1098ad', '#c2255c', '#5c940d', '#7048e8', '#a8741a',
] as const

/** The palette colour least used so far (the earliest on a tie). */
export function nextTagColor(usedColors: readonly string[]): string {
  const uses = new Map<string, number>(TAG_PALETTE.map((c) => [c, 0]))
  for (const c of usedColors) {
    const key = c.toLowerCase()
    if (uses.has(key)) uses.set(key, uses.get(key)! + 1)
  }
  let best: string = TAG_PALETTE[0]
  for (const c of TAG_PALETTE) if (uses.get(c)! < uses.get(best)!) best = c
  return best
}
