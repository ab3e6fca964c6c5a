import type { ComparisonCard, Highlight, PaperSize } from '../../../../shared/api/compare'

/** A stretch of a card's quote, translation or note; quote pieces keep their highlights (offsets into `text`). */
export interface TextRun {
  part: 'quote' | 'translation' | 'note'
  text: string
  highlights: Highlight[]
}

/** What one table row of the report holds of a card: its head (meta) on the first piece, its source on the last. */
export interface CardPiece {
  card: ComparisonCard
  runs: TextRun[]
  first: boolean
  last: boolean
}

/**
 * How many characters of a card fit a piece safely shorter than a page, for a column of this width:
 * about 0.65 characters per millimetre at the report's 8.5 pt, and 15 lines (a landscape A4 page holds
 * some 38 below the column headers, which may take several lines when names are long). A row that does
 * not fit moves whole to the next page, so a piece of at most some 40 % of a page leaves at most that
 * blank (with 22 lines the long test comparison of test/e2e/compare-print.test.ts left pages half
 * empty: timeline 20 pages, themes 15; with 15 lines 19 and 13, no page but the last under half full).
 */
export function pieceBudget(columns: number, paper: PaperSize, landscape: boolean, rowheadMm: number): number {
  const pageWidth = paper === 'a4' ? (landscape ? 297 : 210) : landscape ? 279 : 216
  const pageHeight = paper === 'a4' ? (landscape ? 210 : 297) : landscape ? 216 : 279
  const column = (pageWidth - 20 - rowheadMm) / columns - 4
  const lines = Math.max(10, Math.floor(((pageHeight - 28) / 182) * 15))
  return Math.max(160, Math.floor(column * 0.65) * lines)
}

/**
 * A card cut into pieces of at most `budget` characters, between sentences where it can (else between
 * words): Chromium keeps a table row whole on a page only when it fits one, and splits a taller row at an
 * arbitrary line, losing the row's label and sometimes a line. Pieces of a card stand in successive rows,
 * so a long quote breaks between sentences and every page shows what row it continues.
 */
export function cardPieces(card: ComparisonCard, budget: number): CardPiece[] {
  const chunks: TextRun[] = [
    ...split(card.quote, budget).map(([s, e]) => ({ part: 'quote' as const, text: card.quote.slice(s, e), highlights: clip(card.highlights, s, e) })),
    ...(card.translation ? split(card.translation, budget).map(([s, e]) => ({ part: 'translation' as const, text: card.translation!.slice(s, e), highlights: [] })) : []),
    ...(card.note ? split(card.note, budget).map(([s, e]) => ({ part: 'note' as const, text: card.note!.slice(s, e), highlights: [] })) : []),
  ]
  const pieces: TextRun[][] = []
  let size = 0
  for (const chunk of chunks) {
    const n = chunk.text.length
    if (pieces.length === 0 || size + n > budget) {
      pieces.push([])
      size = 0
    }
    pieces.at(-1)!.push(chunk)
    size += n
  }
  return pieces.map((runs, i) => ({ card, runs, first: i === 0, last: i === pieces.length - 1 }))
}

/** Ranges of `text` of at most `max` characters, cut after a sentence end, else at a space, else anywhere. */
function split(text: string, max: number): [number, number][] {
  const out: [number, number][] = []
  let at = 0
  while (text.length - at > max) {
    const window = text.slice(at, at + max)
    let cut = -1
    for (const m of window.matchAll(/[.!?…»“”"](?=\s)|\n/gu)) if (m.index! >= max * 0.4) cut = m.index! + m[0].length
    if (cut < 0) cut = window.lastIndexOf(' ') > max * 0.4 ? window.lastIndexOf(' ') : max
    out.push([at, at + cut])
    at += cut
    while (at < text.length && /\s/u.test(text[at])) at++
  }
  out.push([at, text.length])
  return out
}

function clip(highlights: readonly Highlight[], start: number, end: number): Highlight[] {
  return highlights
    .filter((h) => h.end > start && h.start < end)
    .map((h) => ({ start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start, phraseId: h.phraseId }))
}
