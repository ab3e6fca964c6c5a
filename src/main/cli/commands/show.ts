import { InvalidArgumentError, type Command } from 'commander'
import type { Article } from '../../../shared/api'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

export function registerShow(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('show')
      .description('print one article: its fields and text')
      .argument('<id>', 'the article id (as list and search print it)', (v: string) => {
        try {
          return positiveInt(v)
        } catch {
          throw new InvalidArgumentError('expected an article id (a whole number above 0)')
        }
      })
      .addOption(jsonOption()),
  ).action(async (id: number, options: { library?: string; json?: boolean }) => {
    await ctx.withStores(libraryPathOf(options), false, ({ articles }) => {
      const article = articles.get(id)
      if (!article) return ctx.failed(`article ${id}`, 'not in the library')
      ctx.io.out(options.json ? jsonDocument(article) : describe(article))
    })
  })
}

function describe(a: Article): string {
  const fields: [string, string | number | null][] = [
    ['Title', a.title],
    ['Byline', a.byline],
    ['Outlet', [a.siteName, a.domain && `(${a.domain})`].filter(Boolean).join(' ') || null],
    ['Published', a.publishedAt],
    ['Language', a.language],
    ['URL', a.url],
    ['Words', a.wordCount],
    ['Tags', a.tags.map((t) => t.name).join(', ') || null],
    ['Imported', `${a.importedAt} from ${a.origin}`],
  ]
  const head = fields
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${`${k}:`.padEnd(11)}${v}`)
    .join('\n')
  return `${head}\n\n${a.text}\n`
}
