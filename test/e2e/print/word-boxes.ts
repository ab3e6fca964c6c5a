/**
 * Word boxes of a PDF page from poppler's `pdftotext -bbox` (one <word> per word, in points), and the
 * pairs of words whose boxes overlap: on paper, text printed over other text.
 */
import { execFileSync } from 'node:child_process'

export interface WordBox {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** Every word of every page, in reading order. */
export function wordBoxes(pdf: string): WordBox[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const out: WordBox[] = []
  let page = 0
  for (const m of xml.matchAll(/<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith('<page')) {
      page++
      continue
    }
    out.push({ page, text: decode(m[5]), xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4] })
  }
  return out
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

export interface Overlap {
  page: number
  a: WordBox
  b: WordBox
  /** Shared area in square points. */
  area: number
}

/**
 * Pairs of words on one page whose boxes share more than a sliver. Boxes are the font's full line
 * height, so neighbouring lines and letters that kern may touch: a pair counts only where they share
 * more than `minShare` of the smaller box's width and of its height.
 */
export function overlappingWords(words: readonly WordBox[], minShare = 0.3): Overlap[] {
  const found: Overlap[] = []
  const byPage = new Map<number, WordBox[]>()
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w])
  for (const [page, list] of byPage) {
    const sorted = [...list].sort((p, q) => p.yMin - q.yMin)
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]
      for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j++) {
        const b = sorted[j]
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
        if (w <= 0 || h <= 0) continue
        const minW = Math.min(a.xMax - a.xMin, b.xMax - b.xMin)
        const minH = Math.min(a.yMax - a.yMin, b.yMax - b.yMin)
        if (w > minShare * minW && h > minShare * minH) found.push({ page, a, b, area: w * h })
      }
    }
  }
  return found
}
