/**
 * Main-text extraction on 490 real, mostly German pages (../shared/bench/extraction-de, half of trafilatura's
 * evaluation set), scored as trafilatura scores itself: snippets an extraction must and must not contain, F1 over
 * the whole set. Pages are handed over as their raw bytes (charset handling is part of it); pages Parallax refuses
 * count as empty. Speed in pages per CPU second of this process.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extractArticle } from '../src/main/core/extraction/extract'

interface Scorer {
  pages(): { id: string; url: string; bytes(): Buffer }[]
  score(predictions: Record<string, string | null>): { f1: number; precision: number; recall: number; pages: number; empty: number }
}

const DATA = new URL('../../shared/bench/extraction-de/', import.meta.url)

export async function run(): Promise<Record<string, number | string>> {
  if (!existsSync(fileURLToPath(new URL('score.mjs', DATA)))) {
    console.log('   ../shared/bench/extraction-de not found: skipped')
    return {}
  }
  const scorer = (await import(new URL('score.mjs', DATA).href)) as Scorer
  const predictions: Record<string, string | null> = {}
  let refused = 0
  let bytes = 0
  const cpu = process.cpuUsage()
  const pages = scorer.pages()
  for (const page of pages) {
    const raw = new Uint8Array(page.bytes())
    bytes += raw.length
    try {
      predictions[page.id] = extractArticle({ bytes: raw, fileName: `${page.id}.html`, url: page.url }).text
    } catch {
      predictions[page.id] = null
      refused++
    }
  }
  const used = process.cpuUsage(cpu)
  const s = scorer.score(predictions)
  const figures = {
    pages: s.pages,
    f1: round(s.f1),
    precision: round(s.precision),
    recall: round(s.recall),
    empty: s.empty,
    refused,
    pagesPerSecond: Math.round((pages.length / ((used.user + used.system) / 1e6)) * 10) / 10,
  }
  console.log(
    `extraction-de: F1 ${figures.f1}  precision ${figures.precision}  recall ${figures.recall}  (${figures.pages} pages, ` +
      `${figures.empty} empty, ${refused} refused, ${(bytes / 1e6).toFixed(1)} MB)  ${figures.pagesPerSecond} pages/s (CPU time)`,
  )
  return figures
}

const round = (n: number) => Math.round(n * 10000) / 10000
