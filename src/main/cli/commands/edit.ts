import { InvalidArgumentError, type Command } from 'commander'
import { METADATA_FIELDS, type MetadataField, type MetadataPatch } from '../../../shared/api'
import { LibraryError } from '../../core/library/errors'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

/** A value the command cannot use is a usage error (program.ts's EXIT_USAGE; not imported, which would be a cycle). */
const EXIT_USAGE = 2

interface EditOptions {
  library?: string
  json?: boolean
  title?: string
  outlet?: string
  author?: string
  published?: string
  url?: string
  language?: string
  revert?: MetadataField[]
}

function fieldList(value: string): MetadataField[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean)
  const bad = fields.find((f) => !(METADATA_FIELDS as readonly string[]).includes(f))
  if (bad || !fields.length) throw new InvalidArgumentError(`expected fields out of ${METADATA_FIELDS.join(', ')}`)
  return fields as MetadataField[]
}

export function registerEdit(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('edit')
      .description("correct an article's metadata; corrected fields are marked as edited and kept by re-extraction")
      .argument('<id>', 'the article id', (v: string) => positiveInt(v))
      .option('--title <text>', 'the headline')
      .option('--outlet <name>', 'the newspaper, agency or site ("" clears)')
      .option('--author <names>', 'the byline, several names separated by commas ("" clears)')
      .option('--published <date>', 'the publication date, YYYY-MM-DD ("" clears)')
      .option('--url <url>', 'the article\'s address, http(s) ("" clears)')
      .option('--language <code>', 'ISO 639-1, e.g. de, en, ru ("" clears)')
      .option('--revert <fields>', `give fields back to extraction (comma-separated: ${METADATA_FIELDS.join(',')})`, fieldList)
      .addOption(jsonOption()),
  ).action(async (id: number, options: EditOptions) => {
    const patch: MetadataPatch = {}
    if (options.title !== undefined) patch.title = options.title
    if (options.outlet !== undefined) patch.outlet = options.outlet
    if (options.author !== undefined) patch.author = options.author
    if (options.published !== undefined) patch.publishedAt = options.published
    if (options.url !== undefined) patch.url = options.url
    if (options.language !== undefined) patch.language = options.language
    if (!Object.keys(patch).length && !options.revert) {
      ctx.io.err('parallax edit: give at least one of --title, --outlet, --author, --published, --url, --language, --revert\n')
      return ctx.fail(EXIT_USAGE)
    }
    await ctx.withStores(libraryPathOf(options), false, ({ articles }) => {
      try {
        if (options.revert) articles.metadata.reextract(id, options.revert)
        if (Object.keys(patch).length) articles.metadata.update(id, patch)
      } catch (err) {
        if (!(err instanceof LibraryError)) throw err
        ctx.io.err(`article ${id}: ${err.message}\n`)
        return ctx.fail(err.code === 'refused' ? EXIT_USAGE : 1)
      }
      const article = articles.get(id)!
      if (options.json) return ctx.io.out(jsonDocument(article))
      const edited = article.editedFields.length ? article.editedFields.join(', ') : 'none'
      ctx.io.out(
        [
          `#${article.id}  ${article.title}`,
          `Outlet:    ${article.siteName ?? ''}`,
          `Author:    ${article.byline ?? ''}`,
          `Published: ${article.publishedAt ?? ''}`,
          `URL:       ${article.url ?? ''}`,
          `Language:  ${article.language ?? ''}`,
          `Edited:    ${edited}`,
        ].join('\n') + '\n',
      )
    })
  })
}
