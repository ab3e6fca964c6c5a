import type { CardKind, ComparisonCard } from '../../../../shared/api/compare'

const KIND_WEIGHT: Record<CardKind, number> = { direct: 2, partial: 1, reported: 0 }

/**
 * How well a card stands for what its column said, for the summary's "strongest statement": a direct
 * quote over a partial one over reported speech (the actor's own words are what a reader quotes on),
 * then one carrying more of the comparison's recurring phrases (the shared talking points), then one
 * of a quotable length (about two sentences) over a fragment or a page-long passage.
 */
export function strength(card: ComparisonCard): number {
  const phrases = new Set(card.highlights.map((h) => h.phraseId)).size
  const length = [...card.quote].length
  const quotable = length < 40 ? length / 40 : length <= 320 ? 1 : Math.max(0.2, 320 / length)
  return KIND_WEIGHT[card.kind] * 10 + Math.min(phrases, 4) * 2 + quotable
}

/** The strongest of some cards (the earliest on a tie), or null for none. */
export function strongest(cards: readonly ComparisonCard[]): ComparisonCard | null {
  let best: ComparisonCard | null = null
  for (const c of cards) if (!best || strength(c) > strength(best)) best = c
  return best
}

/** A quote cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  if ([...flat].length <= max) return flat
  const cut = [...flat].slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')} …`
}
