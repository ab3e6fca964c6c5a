import { writeFileSync, renameSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import { personColumn, type CompareLayout, type CompareScope, type ComparisonModel, type ComparisonTarget, type EventSeed, type PaperSize, type ReportLocale } from '../../../shared/api'
import { renderCsv, renderHtmlReport, renderJson } from '../../core/compare/export'
import { CompareError } from '../../core/events/errors'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { collect, isoDate, jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

type Format = 'html' | 'json' | 'csv' | 'docx'

interface CompareOptions {
  library?: string
  actors?: string[]
  person?: string[]
  saved?: number
  event?: number
  tag?: string
  query?: string
  from?: string
  to?: string
  layout: CompareLayout
  title?: string
  format: Format
  out: string
  locale: ReportLocale
  paper: PaperSize
  portrait?: boolean
}

const actorList = (value: string): string[] => {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean)
  if (ids.length < 1 || ids.length > 6) throw new InvalidArgumentError('expected up to 6 actor ids separated by commas, e.g. ru-mfa,by-mfa')
  return ids
}

/**
 * `parallax compare`: the comparison of 2–6 columns — actors, and persons (`--person ID`, or `person:ID` among
 * the actors) — over a scope, written as HTML (the
 * printable report), JSON (the model) or CSV (one row per statement); `--saved ID` writes a saved one.
 * `parallax events list|add` script the events a scope can name.
 */
export function registerCompare(program: Command, ctx: CliContext): void {
  libraryOption(
    program
      .command('compare')
      .description("side-by-side comparison of actors' statements, as an HTML report, a Word briefing (DOCX), JSON or CSV")
      .option('--actors <ids>', 'actor ids in column order, comma-separated, e.g. ru-mfa,by-mfa; person:ID for a person (2–6 columns in all)', actorList)
      .option('--person <id>', "a person's own column after the actors, e.g. maria-zakharova (repeatable; see \"parallax persons list\")", collect)
      .option('--saved <id>', 'write a comparison saved in the app (its scope, actors, themes and notes)', positiveInt)
      .option('--event <id>', 'statements of this event', positiveInt)
      .option('--tag <name>', 'statements in articles with this tag')
      .option('--query <text>', 'statements in articles matching this search')
      .option('--from <date>', 'articles published on or after YYYY-MM-DD', isoDate)
      .option('--to <date>', 'articles published on or before YYYY-MM-DD', isoDate)
      .addOption(new Option('--layout <layout>', 'rows by day, or by suggested themes').choices(['timeline', 'themes']).default('timeline'))
      .option('--title <text>', 'title of the report (default: the event title)')
      .addOption(new Option('--format <format>', 'what to write').choices(['html', 'docx', 'json', 'csv']).makeOptionMandatory())
      .requiredOption('--out <file>', 'where to write it ("-" for standard output)')
      .addOption(new Option('--locale <locale>', "language of the report: its labels, dates and the actors' and persons' names").choices(['en', 'de', 'ru']).default('en'))
      .addOption(new Option('--paper <size>', 'paper of the HTML report and the DOCX').choices(['a4', 'letter']).default('a4'))
      .option('--portrait', 'portrait pages (default: landscape)'),
  ).action(async (options: CompareOptions, command: Command) => {
    const target = targetOf(options, command)
    await ctx.withLibrary(libraryPathOf(options), false, async (services) => {
      try {
        const model = services.comparisons.build(target, { locale: options.locale })
        const report =
          options.format === 'docx'
            ? await services.comparisons.docx(target, { locale: options.locale, paper: options.paper, landscape: !options.portrait })
            : render(model, { ...options, format: options.format })
        writeOut(options.out, report, ctx)
        const counts = model.columns.map((c) => `${c.actor.id} ${c.count}`).join(', ')
        ctx.io.err(`${options.out === '-' ? 'wrote' : `wrote ${options.out}:`} ${model.cards.length} statements (${counts}), ${model.rows.length} rows\n`)
        if (model.cards.length === 0) ctx.io.err('none of the actors or persons has statements in this scope\n')
      } catch (err) {
        if (err instanceof CompareError) return ctx.failed('compare', err.message)
        throw err
      }
    })
  })

  const events = program.command('events').description('list and add events (topics grouping articles and statements)')
  libraryOption(events.command('list').description('list the events with their date ranges and counts').addOption(jsonOption())).action(
    async (options: { library?: string; json?: boolean }) => {
      await ctx.withLibrary(libraryPathOf(options), false, (services) => {
        const list = services.events.list()
        if (options.json) return ctx.io.out(jsonDocument(list))
        for (const e of list) {
          const range = e.from || e.to ? `  ${e.from ?? '…'} – ${e.to ?? '…'}` : ''
          ctx.io.out(`#${e.id}  ${e.title}${range}  (${e.statementCount} statements, ${e.articleCount} articles)\n`)
        }
      })
    },
  )
  libraryOption(
    events
      .command('add')
      .description('add an event, filled from a tag, a search, a date range or statement ids')
      .requiredOption('--title <text>', 'the title')
      .option('--description <text>', 'a description', '')
      .option('--tag <name>', 'the articles with this tag')
      .option('--query <text>', 'the articles matching this search (within --from/--to if given)')
      .option('--statements <ids>', 'these statement ids, comma-separated', (v: string) => v.split(',').map((s) => positiveInt(s.trim())))
      .option('--from <date>', 'start of the event (and of the articles taken when no tag, search or statements are given)', isoDate)
      .option('--to <date>', 'end of the event', isoDate)
      .addOption(jsonOption()),
  ).action(
    async (
      options: { library?: string; title: string; description: string; tag?: string; query?: string; statements?: number[]; from?: string; to?: string; json?: boolean },
      command: Command,
    ) => {
      const seed = seedOf(options, command)
      await ctx.withLibrary(libraryPathOf(options), true, (services) => {
        try {
          const e = services.events.create({ title: options.title, description: options.description, from: options.from ?? null, to: options.to ?? null }, seed ?? undefined)
          ctx.io.out(options.json ? jsonDocument(e) : `#${e.id}  ${e.title}  (${e.statementCount} statements, ${e.articleCount} articles)\n`)
        } catch (err) {
          if (err instanceof CompareError) return ctx.failed('events add', err.message)
          throw err
        }
      })
    },
  )
}

function targetOf(o: CompareOptions, command: Command): ComparisonTarget {
  const scopes = [o.event !== undefined, o.tag !== undefined, o.query !== undefined].filter(Boolean).length
  if (o.saved !== undefined) {
    if (o.actors || o.person || scopes || o.from || o.to) command.error('--saved takes no --actors, --person, scope or dates: the saved comparison has its own', { exitCode: 2 })
    return o.saved
  }
  const columns = [...(o.actors ?? []), ...(o.person ?? []).map(personColumn)]
  if (!columns.length) command.error('--actors or --person is required (or --saved ID)', { exitCode: 2 })
  if (columns.length < 2 || columns.length > 6) command.error(`a comparison has 2 to 6 columns (actors and persons); got ${columns.length}`, { exitCode: 2 })
  if (new Set(columns).size !== columns.length) command.error('an actor or person is given twice', { exitCode: 2 })
  if (scopes > 1) command.error('give one of --event, --tag or --query (each may be narrowed by --from/--to)', { exitCode: 2 })
  if (o.from && o.to && o.from > o.to) command.error('--from is after --to', { exitCode: 2 })
  const scope: CompareScope = {}
  if (o.event !== undefined) scope.eventId = o.event
  if (o.tag !== undefined) scope.tag = o.tag
  if (o.query !== undefined) scope.query = o.query
  if (o.from) scope.from = o.from
  if (o.to) scope.to = o.to
  return { scope, actorIds: columns, layout: o.layout, ...(o.title ? { title: o.title } : {}) }
}

function seedOf(o: { tag?: string; query?: string; statements?: number[]; from?: string; to?: string }, command: Command): EventSeed | null {
  const given = [o.tag !== undefined, o.query !== undefined, o.statements !== undefined].filter(Boolean).length
  if (given > 1) command.error('give one of --tag, --query or --statements', { exitCode: 2 })
  if (o.tag !== undefined) return { kind: 'tag', tag: o.tag }
  if (o.query !== undefined) return { kind: 'search', query: o.query, ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) }
  if (o.statements !== undefined) return { kind: 'statements', statementIds: o.statements }
  if (o.from && o.to) return { kind: 'dateRange', from: o.from, to: o.to }
  return null
}

function render(model: ComparisonModel, o: CompareOptions & { format: Exclude<Format, 'docx'> }): string {
  if (o.format === 'html') return renderHtmlReport(model, { locale: o.locale, paper: o.paper, landscape: !o.portrait })
  return o.format === 'json' ? renderJson(model) : renderCsv(model)
}

/** Writes through a temporary file so a failed run never leaves half a report; DOCX bytes never go to standard output as text. */
function writeOut(out: string, text: string | Uint8Array, ctx: CliContext): void {
  if (out === '-') {
    if (typeof text !== 'string') return process.stdout.write(text) as unknown as void
    return ctx.io.out(text)
  }
  const file = resolve(out)
  const tmp = resolve(dirname(file), `.${process.pid}.parallax-compare.tmp`)
  writeFileSync(tmp, text)
  renameSync(tmp, file)
}
