import { writeFile } from 'node:fs/promises'
import { InvalidArgumentError, Option, type Command } from 'commander'
import type { CitationFormat, CitationSelection } from '../../../shared/api'
import type { CliContext } from '../context'
import { libraryOption, libraryPathOf, positiveInt } from '../options'

const FORMATS: CitationFormat[] = ['ris', 'csl-json', 'bibtex']

interface ExportOptions {
  library?: string
  format: CitationFormat
  query?: string
  tag?: string
  ids?: number[]
  out?: string
}

function idList(value: string): number[] {
  try {
    return value.split(',').map((v) => positiveInt(v.trim()))
  } catch {
    throw new InvalidArgumentError('expected article ids separated by commas, e.g. 3,7,12')
  }
}

export function registerExport(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('export')
      .description('citations of articles for Zotero, Citavi, EndNote or BibTeX (all articles unless --query, --tag or --ids)')
      .addOption(new Option('--format <format>', 'ris, csl-json or bibtex').choices(FORMATS).makeOptionMandatory())
      .option('--query <text>', 'articles a search finds (same syntax as search)')
      .option('--tag <name>', 'articles with this tag')
      .option('--ids <list>', 'these articles, e.g. 3,7,12', idList)
      .option('--out <file>', 'write to FILE (UTF-8) instead of standard output'),
  ).action(async (options: ExportOptions) => {
    await ctx.withStores(libraryPathOf(options), false, async ({ citations }) => {
      const selection: CitationSelection = { ids: options.ids, query: options.query, tag: options.tag }
      const out = citations.export(selection, options.format)
      if (options.out) await writeFile(options.out, out.text, 'utf8')
      else ctx.io.out(out.text)
      ctx.io.err(`${out.count} ${out.count === 1 ? 'citation' : 'citations'}${options.out ? ` written to ${options.out}` : ''}\n`)
    })
  })
}
