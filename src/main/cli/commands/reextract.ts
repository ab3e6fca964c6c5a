import type { Command } from 'commander'
import { LibraryError } from '../../core/library/errors'
import type { CliContext } from '../context'
import { libraryOption, libraryPathOf, positiveInt } from '../options'

/**
 * Re-reads metadata (title, outlet, author, date, URL, language) from the stored captures with the
 * current rules, so a library imported before a rule improved gets its benefit. Fields the analyst
 * corrected stay as they are; the text is not touched (statement offsets point into it).
 */
export function registerReextract(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('reextract')
      .description('re-read metadata from the stored captures (all articles, or the ids given); edited fields are kept')
      .argument('[ids...]', 'article ids', (v: string, previous: number[] = []) => [...previous, positiveInt(v)]),
  ).action(async (ids: number[] | undefined, options: { library?: string }) => {
    await ctx.withLibrary(libraryPathOf(options), false, ({ articles, db }) => {
      const targets = ids?.length ? ids : (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[])
      let updated = 0
      for (const id of targets) {
        try {
          articles.metadata.reextract(id)
          updated++
        } catch (err) {
          ctx.failed(`article ${id}`, err instanceof LibraryError || err instanceof Error ? err.message : String(err))
        }
      }
      ctx.io.err(`${updated} of ${targets.length} ${targets.length === 1 ? 'article' : 'articles'} re-read\n`)
    })
  })
}
