import { Option, type Command } from 'commander'
import type { SearchQuery, SortOrder } from '../../../shared/api'
import type { LibraryServices } from '../../core/library-services'
import type { CliContext } from '../context'
import { jsonDocument, listItem, renderSnippet } from '../output'
import { collect, isoDate, jsonOption, libraryOption, libraryPathOf, nonNegativeInt, positiveInt } from '../options'

const SORTS: SortOrder[] = ['relevance', 'date-desc', 'date-asc', 'imported-desc', 'title']

/** The filter options `search` and `searches save` share. */
export interface SearchOptions {
  library?: string
  json?: boolean
  tag: string[]
  source: string[]
  lang: string[]
  from?: string
  to?: string
  sort?: SortOrder
  limit?: number
  offset?: number
}

export function registerSearch(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('search')
      .description('full-text search: words are AND-ed, "quoted phrases", a trailing * for prefixes')
      .argument('<query>', 'what to look for')
      .addOption(jsonOption())
      .option('--tag <name>', 'only articles with this tag (repeatable: any of them)', collect, [])
      .option('--source <domain>', 'only articles from this outlet domain (repeatable)', collect, [])
      .option('--lang <code>', 'only articles in this language, e.g. de (repeatable)', collect, [])
      .option('--from <date>', 'published on or after YYYY-MM-DD', isoDate)
      .option('--to <date>', 'published on or before YYYY-MM-DD', isoDate)
      .addOption(new Option('--sort <order>', 'result order').choices(SORTS).default('relevance'))
      .option('--limit <n>', 'at most N results', positiveInt, 50)
      .option('--offset <n>', 'skip the first N results', nonNegativeInt, 0),
  ).action(async (text: string, options: SearchOptions) => {
    await ctx.withStores(libraryPathOf(options), false, (services) => {
      const query = toQuery(text, options, services, ctx)
      const page = query ? services.articles.search(query) : { total: 0, offset: 0, hits: [] }
      if (options.json) {
        ctx.io.out(jsonDocument(page.hits.map((h) => ({ ...listItem(h), snippet: h.snippet }))))
        return
      }
      const shown = page.hits.length ? `, ${page.offset + 1}–${page.offset + page.hits.length} shown` : ''
      ctx.io.err(`${page.total} ${page.total === 1 ? 'article' : 'articles'}${shown}\n`)
      for (const hit of page.hits) {
        const meta = [hit.publishedAt?.slice(0, 10), hit.language, hit.domain ?? hit.siteName].filter(Boolean).join('  ')
        ctx.io.out(`#${hit.id}  ${hit.title}${meta ? `  (${meta})` : ''}\n`)
        if (hit.snippet) ctx.io.out(`    ${renderSnippet(hit.snippet, ctx.io.outIsTty)}\n`)
      }
    })
  })
}

/** The API query for the options; null when a named tag or source does not exist (nothing can match). */
export function toQuery(text: string, o: SearchOptions, { tags, articles }: LibraryServices, ctx: CliContext): SearchQuery | null {
  const query: SearchQuery = { text, sort: o.sort, ...(o.limit !== undefined ? { limit: o.limit, offset: o.offset } : {}) }
  if (o.lang.length) query.languages = o.lang.map((l) => l.toLowerCase())
  if (o.from) query.from = o.from
  if (o.to) query.to = o.to
  if (o.tag.length) {
    const all = tags.list()
    const wanted = o.tag.map((name) => name.toLowerCase())
    query.tagIds = all.filter((t) => wanted.includes(t.name.toLowerCase())).map((t) => t.id)
    for (const name of o.tag) if (!all.some((t) => t.name.toLowerCase() === name.toLowerCase())) ctx.io.err(`no tag named "${name}"\n`)
    if (query.tagIds.length === 0) return null
  }
  if (o.source.length) {
    const wanted = o.source.map((d) => d.toLowerCase().replace(/^www\./u, ''))
    query.sourceIds = articles.sources().filter((s) => wanted.includes(s.domain)).map((s) => s.id)
    if (query.sourceIds.length === 0) {
      ctx.io.err(`no articles from ${o.source.join(', ')}\n`)
      return null
    }
  }
  return query
}
