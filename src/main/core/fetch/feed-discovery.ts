import type * as Linkedom from 'linkedom'
import { lazyPackage } from '../lazy-package'

const linkedom = lazyPackage<typeof Linkedom>('linkedom')
import type { DiscoveredFeed } from '../../../shared/api/jobs'

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/rss+json'])

/** The feeds a page announces with `<link rel="alternate" type="…" href="…">`, in document order, and its title. */
export function discoverFeeds(html: string, pageUrl: string): { title: string | null; feeds: DiscoveredFeed[] } {
  // Feed links belong in <head>; parsing only that keeps a huge page cheap.
  const headEnd = html.search(/<\/head\s*>/i)
  const { document } = linkedom().parseHTML(headEnd >= 0 ? html.slice(0, headEnd) + '</head><body></body></html>' : html)
  const base = baseUrl(document.querySelector('base[href]')?.getAttribute('href'), pageUrl)
  const feeds: DiscoveredFeed[] = []
  const seen = new Set<string>()
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0].trim()
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue
    const url = absolute(link.getAttribute('href'), base)
    if (!url || seen.has(url)) continue
    seen.add(url)
    feeds.push({ url, title: link.getAttribute('title')?.trim() || null, type })
  }
  const title = document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() || null
  return { title, feeds }
}

function baseUrl(href: string | null | undefined, pageUrl: string): string {
  return absolute(href, pageUrl) ?? pageUrl
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null
  try {
    const url = new URL(href.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
