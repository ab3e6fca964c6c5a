import type { Highlight } from '../../../shared/api'

export interface QuoteSegment {
  text: string
  /** The recurring phrase this piece belongs to, or null for plain text. */
  phraseId: number | null
}

/** Splits a quote into plain pieces and recurring-phrase pieces (ranges sorted, overlapping or broken ones skipped). */
export function quoteSegments(quote: string, highlights: readonly Highlight[]): QuoteSegment[] {
  const out: QuoteSegment[] = []
  let at = 0
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > quote.length || h.end <= h.start) continue
    if (h.start > at) out.push({ text: quote.slice(at, h.start), phraseId: null })
    out.push({ text: quote.slice(h.start, h.end), phraseId: h.phraseId })
    at = h.end
  }
  if (at < quote.length) out.push({ text: quote.slice(at), phraseId: null })
  return out
}

/** The colour slot (0–7) of a phrase; the same eight as the printed report. */
export const phraseSlot = (phraseId: number): number => (phraseId - 1) % 8
