import { LibraryError } from '../library/errors'
import { FetchError } from './fetch-error'
import type { RunContext, RunResult } from './job-context'
import { extractFetched, storeArticle } from './page-import'
import { pageText } from './page-text'
import { versionHash } from './page-versions'

/**
 * One run of a watched page: fetch it (conditionally), extract its text, and when the text
 * changed store a new version with its diff. The first version is also imported as an article
 * when the page holds one.
 */
export async function runPageJob(ctx: RunContext): Promise<RunResult> {
  const { job } = ctx
  ctx.progress({ phase: 'fetching', done: 0, total: 1, currentUrl: job.url, imported: 0 })
  const page = await ctx.fetcher.fetch(job.url, { accept: ['html', 'text'], etag: job.etag, lastModified: job.lastModified, signal: ctx.signal })
  if (page.notModified) {
    ctx.log.add(job.id, 'info', 'not modified (HTTP 304)', job.url)
    return { status: 'unchanged', imported: 0 }
  }
  // A page without an article (a list of press releases, say) is still watched: by its visible text.
  const article = await extractFetched(ctx, page).catch((err: unknown) => {
    if (err instanceof FetchError && err.kind === 'malformed') return null
    throw err
  })
  const content = article ?? pageText(page.bytes, page.charset)
  if (!/[\p{L}\p{N}]/u.test(content.text)) throw new FetchError('malformed', page.url, 'the page shows no text')
  const validators = { etag: page.etag, lastModified: page.lastModified, title: content.title || null }
  const latest = ctx.versions.latest(job.id)
  if (latest?.hash === versionHash(content.text)) {
    ctx.log.add(job.id, 'info', 'unchanged', page.url)
    return { status: 'unchanged', imported: 0, ...validators }
  }
  if (!latest && !article) ctx.log.add(job.id, 'info', 'no article on this page: its visible text is watched (and not imported)', page.url)

  let articleId: number | null = null
  let imported = 0
  if (!latest && article) {
    ctx.progress({ phase: 'importing', done: 0, total: 1, currentUrl: page.url, imported: 0 })
    try {
      const added = storeArticle(ctx, article, page, page.url)
      articleId = added.articleId
      imported = added.status === 'imported' ? 1 : 0
      ctx.log.add(job.id, 'info', added.status === 'imported' ? `imported "${added.title}"` : `already in the library as "${added.title}" (${added.reason})`, page.url)
    } catch (err) {
      if (!(err instanceof LibraryError)) throw err
      throw new FetchError('malformed', page.url, err.message)
    }
  }
  const versionId = ctx.versions.addIfChanged(job.id, { url: page.url, title: content.title || null, text: content.text, articleId })
  if (latest && versionId != null) {
    const diff = ctx.versions.diff(versionId)
    ctx.log.add(job.id, 'info', `changed: +${diff?.version.addedWords ?? 0} / −${diff?.version.removedWords ?? 0} words (version ${versionId})`, page.url)
  }
  ctx.progress({ phase: 'importing', done: 1, total: 1, currentUrl: page.url, imported })
  return { status: 'ok', imported, ...validators }
}
