/**
 * Main-text extraction on scrapinghub's article-extraction-benchmark (181 real pages, see
 * ../shared/README.md), scored by the benchmark's own scorer: F1, precision, recall over
 * 4-token shingles, and pages per second on one core, in this process. Pages are handed over as
 * their raw bytes, so charset handling is part of what is measured. Speed is counted in CPU time
 * used by this process (other work on a shared machine does not slow the figure down), best of
 * TIMED_PASSES passes; wall-clock speed is reported beside it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { extractArticle } from '../src/main/core/extraction/extract'

interface Scorer {
  pages(): { id: string; url: string }[]
  score(predictions: Record<string, string>): { f1: number; precision: number; recall: number; accuracy: number; pages: number; empty: number }
}

const DATA = new URL('../../shared/bench/extraction/', import.meta.url)
const WARM_UP_PAGES = 20
const TIMED_PASSES = 2

export async function run(): Promise<Record<string, number | string>> {
  const scorer = (await import(new URL('score.mjs', DATA).href)) as Scorer
  const pages = scorer.pages().map((p) => ({
    ...p,
    bytes: new Uint8Array(gunzipSync(readFileSync(fileURLToPath(new URL(`scrapinghub/html/${p.id}.html.gz`, DATA))))),
  }))

  const extract = (page: (typeof pages)[number]) => extractArticle({ bytes: page.bytes, fileName: `${page.id}.html`, url: page.url }).text
  for (const page of pages.slice(0, WARM_UP_PAGES)) tryExtract(() => extract(page))

  const predictions: Record<string, string> = {}
  const failures = new Set<string>()
  let cpuSeconds = Infinity
  let wallSeconds = Infinity
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    for (const page of pages) {
      const text = tryExtract(() => extract(page))
      if (text === null) failures.add(page.id)
      predictions[page.id] = text ?? ''
    }
    wallSeconds = Math.min(wallSeconds, (performance.now() - started) / 1000)
    const used = process.cpuUsage(cpu)
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6)
  }

  const s = scorer.score(predictions)
  const figures = {
    pages: s.pages,
    f1: round(s.f1),
    precision: round(s.precision),
    recall: round(s.recall),
    exact: round(s.accuracy),
    empty: s.empty,
    failed: failures.size,
    pagesPerSecond: Math.round((pages.length / cpuSeconds) * 10) / 10,
    wallPagesPerSecond: Math.round((pages.length / wallSeconds) * 10) / 10,
  }
  console.log(
    `extraction: F1 ${figures.f1}  precision ${figures.precision}  recall ${figures.recall}  ` +
      `(${figures.pages} pages, ${figures.empty} empty, ${figures.failed} failed)  ` +
      `${figures.pagesPerSecond} pages/s on one core (CPU time; ${figures.wallPagesPerSecond} by wall clock)`,
  )
  // For looking into single pages: BENCH_PREDICTIONS=file.json keeps what was extracted.
  if (process.env.BENCH_PREDICTIONS) writeFileSync(process.env.BENCH_PREDICTIONS, JSON.stringify(predictions))
  return figures
}

function tryExtract(extract: () => string): string | null {
  try {
    return extract()
  } catch {
    return null
  }
}

const round = (n: number) => Math.round(n * 10000) / 10000
