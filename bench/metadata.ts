/**
 * Automatic metadata on real pages (../shared/bench/extraction: 181 news pages; extraction-de: 490
 * mostly German pages), each extracted from its bytes alone, as a saved file that lacks its address:
 * - url: the page's own address recovered (canonical link, og:url, …) equals the one it was saved from;
 * - outlet: the outlet matches the names judged right for that site (bench/metadata-outlets.json,
 *   the 181 news pages only: a hand-made truth);
 * - date: pages dated at all, and pages whose address carries a date (an independent truth) dated that day (±1);
 * - paste title: each page's text pasted as a .txt after its address, without its headline: the title is
 *   not a cut first sentence and shares most words with the page's headline.
 * `measure()` takes the extraction to measure, so the same figures can be taken of an older version.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { extractArticle } from '../src/main/core/extraction/extract'
import { dateFromUrl } from '../src/main/core/extraction/metadata/date'
import type { ExtractedArticle, ExtractionInput } from '../src/main/core/extraction/types'
import { canonicalUrl } from '../src/main/core/library/url-normalise'

type Extract = (input: ExtractionInput) => ExtractedArticle
interface Page {
  set: 'news' | 'de'
  id: string
  url: string
  bytes: Uint8Array
}

const SHARED = new URL('../../shared/bench/', import.meta.url)
const OUTLETS = JSON.parse(readFileSync(new URL('./metadata-outlets.json', import.meta.url), 'utf8')) as Record<string, string[]>

export function loadPages(): Page[] {
  const path = (p: string) => fileURLToPath(new URL(p, SHARED))
  const news = JSON.parse(readFileSync(path('extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { url: string }>
  const de = JSON.parse(readFileSync(path('extraction-de/evaldata.json'), 'utf8')) as Record<string, { file: string }>
  return [
    ...Object.entries(news).map(([id, { url }]) => ({ set: 'news' as const, id, url, bytes: gunzipSync(readFileSync(path(`extraction/scrapinghub/html/${id}.html.gz`))) })),
    ...Object.entries(de).map(([url, { file }]) => ({ set: 'de' as const, id: file, url, bytes: gunzipSync(readFileSync(path(`extraction-de/html/${file}.gz`))) })),
  ]
}

const squash = (s: string | null) => (s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const sameUrl = (a: string | null, b: string) => !!a && canonicalUrl(a)?.replace(/^https?:\/\/(www\.)?/, '') === canonicalUrl(b)?.replace(/^https?:\/\/(www\.)?/, '')
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000

export function measure(extract: Extract, pages: Page[] = loadPages()): Record<string, number | string> {
  const counts = { pages: 0, failed: 0, url: 0, outletPages: 0, outlet: 0, dated: 0, urlDated: 0, urlDateRight: 0, pastes: 0, pasteTitle: 0 }
  const perSet: Record<string, { pages: number; url: number; dated: number }> = { news: { pages: 0, url: 0, dated: 0 }, de: { pages: 0, url: 0, dated: 0 } }
  for (const page of pages) {
    counts.pages++
    perSet[page.set].pages++
    let a: ExtractedArticle
    try {
      a = extract({ bytes: page.bytes, fileName: `${page.id.replace(/\.html$/, '')}.html` })
    } catch {
      counts.failed++
      continue
    }
    if (sameUrl(a.url, page.url)) (counts.url++, perSet[page.set].url++)
    if (a.publishedAt) (counts.dated++, perSet[page.set].dated++)
    const urlDate = dateFromUrl(page.url)
    if (urlDate) {
      counts.urlDated++
      if (a.publishedAt && dayDiff(a.publishedAt, urlDate) <= 1) counts.urlDateRight++
    }
    if (page.set === 'news') {
      const accepted = OUTLETS[new URL(page.url).hostname]
      if (accepted) {
        counts.outletPages++
        if (accepted.some((name) => squash(name) === squash(a.siteName))) counts.outlet++
      }
    }
    // The page's text pasted after its address, without the headline: what a copy of the body gives.
    const body = a.text.trim()
    if (body.length > 200 && a.title) {
      counts.pastes++
      try {
        const paste = extract({ bytes: new TextEncoder().encode(`${page.url}\n\n${body}\n`), fileName: 'paste.txt' })
        const first = body.split('\n')[0]
        const headline = words(a.title)
        const got = words(paste.title)
        const shared = [...got].filter((w) => headline.has(w)).length
        const cut = first.startsWith(paste.title.replace(/…$/, '')) && paste.title.length < first.length
        if (!cut && paste.title !== first && got.size > 0 && shared / Math.max(1, Math.min(headline.size, got.size)) >= 0.5) counts.pasteTitle++
      } catch {
        // A paste that cannot be read has no title to judge.
      }
    }
  }
  const pct = (n: number, d: number) => `${n}/${d} (${Math.round((n / Math.max(1, d)) * 1000) / 10} %)`
  return {
    pages: counts.pages,
    refused: counts.failed,
    urlRecovered: pct(counts.url, counts.pages),
    urlRecoveredNews: pct(perSet.news.url, perSet.news.pages),
    urlRecoveredDe: pct(perSet.de.url, perSet.de.pages),
    outletRightNews: pct(counts.outlet, counts.outletPages),
    dated: pct(counts.dated, counts.pages),
    datedNews: pct(perSet.news.dated, perSet.news.pages),
    datedDe: pct(perSet.de.dated, perSet.de.pages),
    dateRightWhereUrlDated: pct(counts.urlDateRight, counts.urlDated),
    pasteTitleRight: pct(counts.pasteTitle, counts.pastes),
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const figures = measure(extractArticle)
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(24)}${value}`)
  return figures
}
