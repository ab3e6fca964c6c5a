import type { ExtractedArticle } from '../extraction/types'
import type { AddResult } from '../library/article-writer'
import type { FetchedResource } from './resource-fetcher'
import type { RunContext } from './job-context'
import { FetchError } from './fetch-error'

type Fetched = Extract<FetchedResource, { notModified: false }>

/** What a feed knows about an item, used where the item's page says nothing. */
export interface ItemHints {
  title?: string | null
  publishedAt?: string | null
  author?: string | null
}

/** Extracts a fetched page as an article; extraction weighs the header's charset against the bytes and the page's own declaration. */
export async function extractFetched(ctx: RunContext, page: Fetched, hints: ItemHints = {}): Promise<ExtractedArticle> {
  let extracted: ExtractedArticle
  try {
    extracted = await ctx.extract({
      bytes: page.bytes,
      fileName: fileNameFor(page.url, page.kind),
      url: page.url,
      charset: page.charset ?? undefined,
    })
  } catch (err) {
    throw new FetchError('malformed', page.url, `no article could be extracted: ${err instanceof Error ? err.message : String(err)}`)
  }
  return {
    ...extracted,
    title: chooseTitle(extracted.title, hints.title),
    publishedAt: extracted.publishedAt ?? hints.publishedAt ?? null,
    byline: extracted.byline ?? hints.author ?? null,
    url: extracted.url ?? page.url,
  }
}

/**
 * The feed's title for an item is the publisher's own label for it; the page's title may carry the
 * site's name ("… – Ministry") or be the site's name alone. The feed's title wins when the page's
 * is that title plus decoration, or shares too few of its words to be about the same thing.
 */
export function chooseTitle(pageTitle: string, feedTitle: string | null | undefined): string {
  const page = pageTitle.trim()
  const feed = feedTitle?.trim()
  if (!feed) return page
  if (!page) return feed
  const norm = (s: string) => s.normalize('NFKC').toLowerCase()
  const at = norm(page).indexOf(norm(feed))
  if (at >= 0) {
    // "Title – Site" or "Site | Title": what is left around the feed's title hangs on a separator.
    const rest = (page.slice(0, at) + '\u0000' + page.slice(at + feed.length)).trim()
    return rest === '\u0000' || /^[^\u0000]*[-–—|:·•»«/]\s*\u0000|\u0000\s*[-–—|:·•»«/]/u.test(rest) ? feed : page
  }
  const pageWords = new Set(words(page))
  const feedWords = words(feed)
  const shared = feedWords.filter((w) => pageWords.has(w)).length
  return shared / feedWords.length < 0.5 ? feed : page
}

const words = (s: string) => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Adds an extracted article with its capture and tags it with the job's tags. */
export function storeArticle(ctx: RunContext, extracted: ExtractedArticle, page: Fetched | null, origin: string): AddResult {
  const capture = page ? { bytes: page.bytes, mediaType: page.mediaType ?? extracted.mediaType, fileName: fileNameFor(page.url, page.kind) } : null
  const result = ctx.library.add(extracted, capture, origin)
  if (ctx.tags.length > 0) ctx.library.tag(result.articleId, ctx.tags)
  return result
}

/** A file name for extraction's kind detection and the capture: the URL's last segment. */
function fileNameFor(url: string, kind: Fetched['kind']): string {
  const last = decodeURIComponentSafe(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '') || 'index'
  const base = last.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80)
  const ext = kind === 'text' ? '.txt' : '.html'
  return /\.(html?|txt)$/i.test(base) && (kind === 'text') === /\.txt$/i.test(base) ? base : base + ext
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
