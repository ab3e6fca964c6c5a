import type { Command } from 'commander'
import { addTermGroup, analystTermGroups, removeTermGroup, shippedTermGroups } from '../../core/compare/storage/term-groups'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

/**
 * `parallax terms`: the term-equivalence layer of comparisons — terms that mean the same across
 * languages ("ОДКБ" = "OVKS" = "CSTO"). Lists the shipped groups and the analyst's; adds and removes the
 * analyst's. A group that shares a term with another joins it.
 */
export function registerTerms(program: Command, ctx: CliContext): void {
  const terms = program.command('terms').description('terms that mean the same across languages, for comparisons: list, add, remove')
  const library = (options: { library?: string }) => libraryPathOf({ library: options.library ?? terms.opts<{ library?: string }>().library })

  libraryOption(terms.command('list').description('the shipped groups of equivalent terms and your own').addOption(jsonOption())).action(
    async (options: { library?: string; json?: boolean }) => {
      await ctx.withStores(library(options), false, ({ db }) => {
        const own = analystTermGroups(db)
        if (options.json) return ctx.io.out(jsonDocument({ shipped: shippedTermGroups(), own }))
        for (const g of shippedTermGroups()) ctx.io.out(`${g.id}\t${g.terms.map((t) => t.text + (t.language ? `@${t.language}` : '')).join(' = ')}\n`)
        for (const g of own) ctx.io.out(`#${g.id}\t${g.terms.join(' = ')}\t(own)\n`)
      })
    },
  )

  libraryOption(
    terms
      .command('add')
      .description('add a group of equivalent terms, e.g. parallax terms add "Ташкентский договор" ОДКБ; "Kasachstan@de" names its language')
      .argument('<terms...>', 'two or more terms in their base form')
      .addOption(jsonOption()),
  ).action(async (list: string[], options: { library?: string; json?: boolean }) => {
    await ctx.withStores(library(options), true, ({ db }) => {
      const g = addTermGroup(db, list)
      ctx.io.out(options.json ? jsonDocument(g) : `#${g.id}\t${g.terms.join(' = ')}\n`)
    })
  })

  libraryOption(terms.command('remove').description('remove one of your groups').argument('<id>', 'its number (see "terms list")', positiveInt)).action(
    async (id: number, options: { library?: string }) => {
      await ctx.withStores(library(options), true, ({ db }) => {
        removeTermGroup(db, id)
        ctx.io.out(`removed #${id}\n`)
      })
    },
  )

  for (const sub of terms.commands) sub.exitOverride().configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err })
}
