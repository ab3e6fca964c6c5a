import { decodeBytes } from '../extraction/charset'
import type { ExtractedArticle } from '../extraction/types'
import { LibraryError } from '../library/errors'
import { canonicalUrl } from '../library/url-normalise'
import { discoverFeeds } from './feed-discovery'
import { parseFeedText, type FeedItem } from './feed-items'
import { FetchError, type FetchFailureKind } from './fetch-error'
import type { RunContext, RunResult } from './job-context'
import { extractFetched, storeArticle } from './page-import'
import { countWords } from './text-diff'

/** New items handled per run; the rest follow in a run soon after, so one huge feed cannot hog a run. */
export const MAX_ITEMS_PER_RUN = 50
/** An item whose page keeps failing for a passing reason is tried this often. */
const MAX_ITEM_ATTEMPTS = 3
/** A feed item's own text is imported (when its page cannot be had) only when it is an article, not a teaser. */
const MIN_CONTENT_WORDS = 50
/** Failures of an item's page that will not pass by retrying. */
const PERMANENT: ReadonlySet<FetchFailureKind> = new Set(['gone', 'content-type', 'robots', 'malformed', 'too-large', 'redirect'])

/** One run of a feed: fetch it (conditionally), then fetch and import each item not seen before. */
export async function runFeedJob(ctx: RunContext): Promise<RunResult> {
  const { job } = ctx
  ctx.progress({ phase: 'fetching', done: 0, total: 0, currentUrl: job.url, imported: 0 })
  const res = await ctx.fetcher.fetch(job.url, { accept: ['xml', 'json', 'html'], etag: job.etag, lastModified: job.lastModified, signal: ctx.signal })
  if (res.notModified) {
    ctx.log.add(job.id, 'info', 'feed not modified (HTTP 304)', job.url)
    return { status: 'unchanged', imported: 0 }
  }
  const { text } = decodeBytes(res.bytes, res.charset ?? undefined)
  if (res.kind === 'html') {
    const { feeds } = discoverFeeds(text, res.url)
    const hint = feeds.length > 0 ? `; it links to the feed${feeds.length > 1 ? 's' : ''} ${feeds.map((f) => f.url).join(', ')}` : ''
    throw new FetchError('malformed', res.url, `this is a web page, not a feed${hint}`)
  }
  const feed = parseFeedText(text, res.url)
  const fresh = feed.items.filter((item) => isNew(ctx, item))
  // Oldest first, so that import order follows publication.
  const batch = fresh.slice(0, MAX_ITEMS_PER_RUN).reverse()
  ctx.log.add(job.id, 'info', `${feed.items.length} items, ${fresh.length} new${fresh.length > batch.length ? ` (${batch.length} now, the rest in the next run)` : ''}`, res.url)

  let imported = 0
  let unfinished = fresh.length > batch.length
  let nextRunAt: number | undefined
  for (const [i, item] of batch.entries()) {
    ctx.signal.throwIfAborted()
    ctx.progress({ phase: 'importing', done: i, total: batch.length, currentUrl: item.link, imported })
    const outcome = await importItem(ctx, item)
    if (outcome === 'imported') imported++
    if (outcome === 'retry') unfinished = true
    if (typeof outcome === 'object') {
      // The host asked for a pause: leave the remaining items for the next run.
      unfinished = true
      nextRunAt = Date.now() + outcome.retryAfterMs
      break
    }
  }
  ctx.progress({ phase: 'importing', done: batch.length, total: batch.length, currentUrl: null, imported })
  const validators = unfinished ? { etag: null, lastModified: null } : { etag: res.etag, lastModified: res.lastModified }
  if (unfinished && nextRunAt === undefined && fresh.length > batch.length) nextRunAt = Date.now() + 60_000
  return { status: fresh.length > 0 ? 'ok' : 'unchanged', imported, title: feed.title, nextRunAt, ...validators }
}

function isNew(ctx: RunContext, item: FeedItem): boolean {
  const seen = ctx.items.seen(ctx.job.id, item.guid)
  return !seen || (seen.status === 'failed' && seen.attempts < MAX_ITEM_ATTEMPTS)
}

type ItemOutcome = 'imported' | 'known' | 'retry' | 'skipped' | { retryAfterMs: number }

async function importItem(ctx: RunContext, item: FeedItem): Promise<ItemOutcome> {
  const { job, items, log } = ctx
  const url = item.link ? canonicalUrl(item.link) : null
  const hints = { title: item.title, publishedAt: item.publishedAt, author: item.author }

  // Another feed (or this one under another GUID) brought the same page already: no fetch needed.
  const known = url ? items.articleForUrl(url) : null
  if (known != null) {
    if (ctx.tags.length > 0) ctx.library.tag(known, ctx.tags)
    items.record(job.id, item.guid, { url, status: 'duplicate', articleId: known })
    return 'known'
  }

  let extracted: ExtractedArticle | null = null
  let page: Awaited<ReturnType<typeof ctx.fetcher.fetch>> | null = null
  let failure: FetchError | null = null
  if (item.link) {
    try {
      page = await ctx.fetcher.fetch(item.link, { accept: ['html', 'text'], signal: ctx.signal })
      if (!page.notModified) extracted = await extractFetched(ctx, page, hints)
    } catch (err) {
      if (!(err instanceof FetchError) || err.kind === 'cancelled') throw err
      failure = err
    }
  }
  if (failure?.kind === 'rate-limited') {
    log.add(job.id, 'warn', `item page: ${failure.message}`, failure.url)
    return { retryAfterMs: failure.retryAfterMs ?? 60_000 }
  }
  const attempts = (items.seen(job.id, item.guid)?.attempts ?? 0) + 1
  const giveUp = failure != null && (PERMANENT.has(failure.kind) || attempts >= MAX_ITEM_ATTEMPTS)
  if (!extracted && (giveUp || !item.link)) extracted = await fromFeedContent(ctx, item)
  if (!extracted) {
    const reason = failure ? failure.message : 'the item has no link and too little text of its own'
    log.add(job.id, giveUp || !failure ? 'error' : 'warn', `item "${item.title ?? item.guid}": ${reason}${giveUp || !failure ? '' : ' (will retry)'}`, item.link)
    items.record(job.id, item.guid, { url, status: giveUp || !failure ? 'skipped' : 'failed', error: reason })
    return giveUp || !failure ? 'skipped' : 'retry'
  }
  if (failure) log.add(job.id, 'warn', `item page: ${failure.message}; imported the feed's own text instead`, failure.url)
  try {
    const origin = page && !page.notModified ? page.url : (item.link ?? job.url)
    const added = storeArticle(ctx, extracted, page && !page.notModified ? page : null, origin)
    items.record(job.id, item.guid, { url, status: added.status, articleId: added.articleId })
    log.add(job.id, 'info', added.status === 'imported' ? `imported "${added.title}"` : `"${added.title}" is already in the library (${added.reason})`, origin)
    return added.status === 'imported' ? 'imported' : 'known'
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err
    log.add(job.id, 'error', `item "${item.title ?? item.guid}": ${err.message}`, item.link)
    items.record(job.id, item.guid, { url, status: 'skipped', error: err.message })
    return 'skipped'
  }
}

/** An article made from the feed item itself, when it carries enough text to be one. */
async function fromFeedContent(ctx: RunContext, item: FeedItem): Promise<ExtractedArticle | null> {
  if (!item.contentHtml) return null
  const html = itemDocument(item)
  try {
    const extracted = await ctx.extract({ bytes: new TextEncoder().encode(html), fileName: 'feed-item.html', url: item.link ?? undefined, charset: 'utf-8' })
    if (countWords(extracted.text) < MIN_CONTENT_WORDS) return null
    return {
      ...extracted,
      title: extracted.title || item.title || '',
      publishedAt: extracted.publishedAt ?? item.publishedAt,
      byline: extracted.byline ?? item.author,
      url: item.link ?? extracted.url,
    }
  } catch {
    return null
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A minimal page around a feed item's content, carrying its metadata the way pages do. */
function itemDocument(item: FeedItem): string {
  const meta = [
    item.link ? `<link rel="canonical" href="${esc(item.link)}">` : '',
    item.author ? `<meta name="author" content="${esc(item.author)}">` : '',
    item.publishedAt ? `<meta property="article:published_time" content="${esc(item.publishedAt)}">` : '',
  ].join('')
  const title = esc(item.title ?? '')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${meta}</head><body><article><h1>${title}</h1>${item.contentHtml}</article></body></html>`
}
