import { Option, type Command } from 'commander'
import type { SavedSearch, SortOrder } from '../../../shared/api'
import type { LibraryServices } from '../../core/library-services'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { collect, isoDate, jsonOption, libraryOption, libraryPathOf } from '../options'
import { toQuery, type SearchOptions } from './search'

const SORTS: SortOrder[] = ['relevance', 'date-desc', 'date-asc', 'imported-desc', 'title']

/** The query in the words `parallax search` takes: text, then its filters. */
function describeQuery({ query }: SavedSearch, services: LibraryServices): string {
  const tags = new Map(services.tags.list().map((t) => [t.id, t.name]))
  const sources = new Map(services.articles.sources().map((s) => [s.id, s.domain]))
  return [
    query.text ? JSON.stringify(query.text) : '(all articles)',
    ...(query.tagIds ?? []).map((id) => `--tag ${tags.get(id) ?? `#${id}`}`),
    ...(query.sourceIds ?? []).map((id) => `--source ${sources.get(id) ?? `#${id}`}`),
    ...(query.languages ?? []).map((l) => `--lang ${l}`),
    ...(query.from ? [`--from ${query.from}`] : []),
    ...(query.to ? [`--to ${query.to}`] : []),
    ...(query.sort && query.sort !== 'relevance' ? [`--sort ${query.sort}`] : []),
  ].join(' ')
}

function searchTable(list: readonly SavedSearch[], services: LibraryServices): string {
  if (list.length === 0) return ''
  const idWidth = Math.max(2, ...list.map((s) => String(s.id).length))
  const nameWidth = Math.min(40, Math.max(4, ...list.map((s) => s.name.length)))
  const header = `${'ID'.padStart(idWidth)}  ${'NEW'.padStart(5)}  ${'NAME'.padEnd(nameWidth)}  QUERY`
  const rows = list.map(
    (s) => `${String(s.id).padStart(idWidth)}  ${String(s.newCount).padStart(5)}  ${s.name.padEnd(nameWidth)}  ${describeQuery(s, services)}`,
  )
  return `${[header, ...rows].join('\n')}\n`
}

/** A saved search by id or by name (any case); null when there is none. */
function findSearch(services: LibraryServices, ref: string): SavedSearch | null {
  const list = services.savedSearches.list()
  const byId = /^\d+$/u.test(ref) ? list.find((s) => s.id === Number(ref)) : undefined
  return byId ?? list.find((s) => s.name.toLowerCase() === ref.trim().toLowerCase()) ?? null
}

/**
 * `parallax searches list|save|delete`: saved searches, each with the number of matching articles
 * added since it was last opened in the app (imports and fetch jobs).
 */
export function registerSearches(program: Command, ctx: CliContext): void {
  const searches = program.command('searches').description('saved searches and their new articles')

  libraryOption(
    searches.command('list').description('list saved searches with their count of new matching articles').addOption(jsonOption()),
  ).action(async (options: { library?: string; json?: boolean }) => {
    await ctx.withStores(libraryPathOf(options), false, (services) => {
      const list = services.savedSearches.list()
      ctx.io.out(options.json ? jsonDocument(list) : searchTable(list, services))
    })
  })

  libraryOption(
    searches
      .command('save')
      .description('save a search (words as in `parallax search`) under a name; an existing one of that name is replaced')
      .argument('<name>', 'the name shown in the app and in `searches list`')
      .argument('[query]', 'what to look for (leave out to save only filters)', '')
      .option('--tag <name>', 'only articles with this tag (repeatable: any of them)', collect, [])
      .option('--source <domain>', 'only articles from this outlet domain (repeatable)', collect, [])
      .option('--lang <code>', 'only articles in this language, e.g. de (repeatable)', collect, [])
      .option('--from <date>', 'published on or after YYYY-MM-DD', isoDate)
      .option('--to <date>', 'published on or before YYYY-MM-DD', isoDate)
      .addOption(new Option('--sort <order>', 'result order').choices(SORTS))
      .addOption(jsonOption()),
  ).action(async (name: string, text: string, options: SearchOptions) => {
    await ctx.withStores(libraryPathOf(options), true, (services) => {
      const query = toQuery(text, options, services, ctx)
      if (!query) return ctx.fail(1)
      const { text: words, tagIds, sourceIds, languages, from, to, sort } = query
      const saved = services.savedSearches.save(name, { text: words, tagIds, sourceIds, languages, from, to, sort })
      if (options.json) ctx.io.out(jsonDocument(saved))
      else ctx.io.err(`saved search #${saved.id} "${saved.name}": ${describeQuery(saved, services)}\n`)
    })
  })

  libraryOption(
    searches.command('delete').description('delete a saved search').argument('<search>', 'its id or name'),
  ).action(async (ref: string, options: { library?: string }) => {
    await ctx.withStores(libraryPathOf(options), false, (services) => {
      const found = findSearch(services, ref)
      if (!found) return ctx.failed(ref, 'no saved search with this id or name')
      services.savedSearches.remove(found.id)
      ctx.io.err(`deleted saved search #${found.id} "${found.name}"\n`)
    })
  })
}
