import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith'
import type * as Feedsmith from 'feedsmith'
import { lazyPackage } from '../lazy-package'

const feedsmith = lazyPackage<typeof Feedsmith>('feedsmith')
import { FetchError } from './fetch-error'
import { feedDate } from './feed-date'
import { htmlToText } from './html-text'

/** One entry of any feed format, reduced to what an import needs. */
export interface FeedItem {
  /** A stable identity: the item's GUID/id, else its link, else its title and date. */
  guid: string
  /** The item's page, absolute. */
  link: string | null
  title: string | null
  /** ISO 8601 UTC. */
  publishedAt: string | null
  author: string | null
  /** The item's own content or summary (HTML), for when its page cannot be had. */
  contentHtml: string | null
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json'
  title: string | null
  /** The site the feed belongs to. */
  siteUrl: string | null
  items: FeedItem[]
}

/** Parses RSS 0.9x/2.0, Atom, RDF (RSS 1.0) or JSON Feed text with feedsmith. */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: AnyFeed<string>
  try {
    parsed = feedsmith().parseFeed(text)
  } catch (err) {
    const why = err instanceof Error && err.name === 'DetectError' ? 'not an RSS, Atom, RDF or JSON feed' : 'the feed is malformed'
    throw new FetchError('malformed', feedUrl, `${why} (${err instanceof Error ? err.message : String(err)})`)
  }
  const abs = (href: string | undefined | null) => absolute(href, feedUrl)
  switch (parsed.format) {
    case 'rss':
      return { format: 'rss', title: clean(parsed.feed.title), siteUrl: abs(parsed.feed.link), items: (parsed.feed.items ?? []).map((i) => rssItem(i, abs)) }
    case 'rdf':
      return { format: 'rdf', title: clean(parsed.feed.title), siteUrl: abs(parsed.feed.link), items: (parsed.feed.items ?? []).map((i) => rdfItem(i, abs)) }
    case 'atom':
      return {
        format: 'atom',
        title: textOf(parsed.feed.title),
        siteUrl: abs(alternateLink(parsed.feed.links)),
        items: (parsed.feed.entries ?? []).map((e) => atomEntry(e, abs)),
      }
    case 'json':
      return { format: 'json', title: clean(parsed.feed.title), siteUrl: abs(parsed.feed.home_page_url), items: (parsed.feed.items ?? []).map((i) => jsonItem(i, abs)) }
  }
}

type Abs = (href: string | undefined | null) => string | null

function rssItem(item: RssFeed.Item<string>, abs: Abs): FeedItem {
  const link = abs(item.link) ?? (item.guid?.isPermaLink !== false ? abs(item.guid?.value) : null)
  return finish({
    guid: item.guid?.value?.trim() || null,
    link,
    title: clean(item.title),
    publishedAt: feedDate(item.pubDate) ?? feedDate(item.dc?.dates?.[0]),
    author: item.dc?.creators?.[0] ?? personName(item.authors?.[0]?.name),
    contentHtml: item.content?.encoded ?? item.description ?? null,
  })
}

function rdfItem(item: RdfFeed.Item<string>, abs: Abs): FeedItem {
  return finish({
    guid: item.rdf?.about?.trim() || null,
    link: abs(item.link) ?? abs(item.rdf?.about),
    title: clean(item.title),
    publishedAt: feedDate(item.dc?.dates?.[0]),
    author: item.dc?.creators?.[0] ?? null,
    contentHtml: item.content?.encoded ?? item.description ?? null,
  })
}

function atomEntry(entry: AtomFeed.Entry<string>, abs: Abs): FeedItem {
  const content = entry.content?.value ?? entry.summary?.value ?? null
  const isText = (entry.content?.value ? entry.content.type : entry.summary?.type) === 'text'
  return finish({
    guid: entry.id?.trim() || null,
    link: abs(alternateLink(entry.links)),
    title: textOf(entry.title),
    publishedAt: feedDate(entry.published) ?? feedDate(entry.updated),
    author: entry.authors?.[0]?.name?.trim() || null,
    contentHtml: content && isText ? escapeHtml(content) : content,
  })
}

function jsonItem(item: JsonFeed.Item<string>, abs: Abs): FeedItem {
  const legacyAuthor = (item as { author?: { name?: string } }).author?.name
  return finish({
    guid: item.id != null ? String(item.id).trim() || null : null,
    link: abs(item.url) ?? abs(item.external_url),
    title: clean(item.title),
    publishedAt: feedDate(item.date_published) ?? feedDate(item.date_modified),
    author: item.authors?.[0]?.name?.trim() || legacyAuthor?.trim() || null,
    contentHtml: item.content_html ?? (item.content_text ? escapeHtml(item.content_text) : (item.summary ?? null)),
  })
}

function finish(item: Omit<FeedItem, 'guid'> & { guid: string | null }): FeedItem {
  const guid = item.guid ?? item.link ?? `${item.title ?? ''}|${item.publishedAt ?? ''}|${item.contentHtml?.slice(0, 200) ?? ''}`
  return { ...item, guid }
}

function alternateLink(links: { href?: string; rel?: string }[] | undefined): string | null {
  if (!links?.length) return null
  return (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0]).href ?? null
}

function textOf(text: AtomFeed.Text | string | undefined): string | null {
  if (text == null) return null
  if (typeof text === 'string') return clean(text)
  return clean(text.type === 'html' || text.type === 'xhtml' ? htmlToText(text.value ?? '') : text.value)
}

function clean(text: string | undefined | null): string | null {
  if (!text) return null
  const out = htmlToText(text)
  return out || null
}

/** "jane@example.org (Jane Doe)" is how RSS 2.0 writes an author; people want the name. */
function personName(raw: string | undefined): string | null {
  if (!raw) return null
  const m = /^\s*\S+@\S+\s*\(([^)]+)\)\s*$/.exec(raw)
  return (m ? m[1] : raw).trim() || null
}

function absolute(href: string | undefined | null, base: string): string | null {
  if (!href?.trim()) return null
  try {
    const url = new URL(href.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function escapeHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return escaped.split(/\n{2,}/).map((p) => `<p>${p}</p>`).join('')
}
