import type { Command } from 'commander'
import type { ArticleSummary } from '../../../shared/api'
import type { CliContext } from '../context'
import { articleTable, jsonDocument, listItem } from '../output'
import { jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

const PAGE = 1000

export function registerList(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('list')
      .description('list the articles in the library, newest import first')
      .addOption(jsonOption())
      .option('--limit <n>', 'at most N articles (default: all)', positiveInt),
  ).action(async (options: { library?: string; json?: boolean; limit?: number }) => {
    await ctx.withStores(libraryPathOf(options), false, ({ articles }) => {
      const found: ArticleSummary[] = []
      const wanted = options.limit ?? Infinity
      while (found.length < wanted) {
        const limit = Math.min(PAGE, wanted - found.length)
        const page = articles.search({ sort: 'imported-desc', offset: found.length, limit })
        found.push(...page.hits)
        if (page.hits.length < limit) break
      }
      ctx.io.out(options.json ? jsonDocument(found.map(listItem)) : articleTable(found, ctx.io.outIsTty ? ctx.io.columns : undefined))
    })
  })
}
