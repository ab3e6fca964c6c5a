import { InvalidArgumentError, type Command } from 'commander'
import type { PersonInput, PersonNames, PersonOfficeInput, PersonRecord } from '../../../shared/api'
import type { LibraryServices } from '../../core/library-services'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { collect, jsonOption, libraryOption, libraryPathOf } from '../options'

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u

/** "Мария Захарова@ru" → the name and its language; without a language, English (the engine tries it in every text). */
function nameArgument(value: string, previous: [string, string][] = []): [string, string][] {
  const at = value.lastIndexOf('@')
  const lang = at > 0 ? value.slice(at + 1) : ''
  return [...previous, /^[a-z]{2,3}$/u.test(lang) ? [lang, value.slice(0, at)] : ['en', value]]
}

/** "by-mfa:spokesperson:2019-01[:2023-05]" → an office. */
function officeArgument(value: string, previous: PersonOfficeInput[] = []): PersonOfficeInput[] {
  const [actorId, role, from, to, ...rest] = value.split(':')
  if (!actorId || !role || !from || rest.length || !DATE.test(from) || (to && !DATE.test(to))) {
    throw new InvalidArgumentError('expected ACTOR:ROLE:FROM[:TO], e.g. by-mfa:spokesperson:2019-01 (dates as YYYY, YYYY-MM or YYYY-MM-DD)')
  }
  return [...previous, { actorId, role, from, to: to || null }]
}

function gender(value: string): 'f' | 'm' {
  if (value !== 'f' && value !== 'm') throw new InvalidArgumentError('expected f or m')
  return value
}

/** The office held last (or now): "spokesperson, Russian Ministry of Foreign Affairs (since 2015-08)". */
export function officeLabel(p: PersonRecord): string {
  const o = p.offices.at(-1)
  if (!o) return ''
  return `${o.role.replace(/-/gu, ' ')}, ${o.actorName} (${o.to ? `${o.from} – ${o.to}` : `since ${o.from}`})`
}

/** " (own)", " (from text)": where a person comes from, beside the name; shipped people need no mark. */
function sourceMark(p: PersonRecord): string {
  return p.source === 'analyst' ? ' (own)' : p.source === 'text' ? ' (from text)' : ''
}

function personTable(persons: readonly PersonRecord[], counts: Record<string, number>): string {
  if (persons.length === 0) return ''
  const idWidth = Math.max(2, ...persons.map((p) => p.id.length))
  const header = `${'ID'.padEnd(idWidth)}  STATEMENTS  NAME  —  OFFICE`
  const rows = persons.map(
    (p) => `${p.id.padEnd(idWidth)}  ${String(counts[p.id] ?? 0).padStart(10)}  ${p.name}${sourceMark(p)}  —  ${officeLabel(p) || 'no office'}`,
  )
  return `${[header, ...rows].join('\n')}\n`
}

function describePerson(p: PersonRecord, statements: number): string {
  const from = { seed: ', shipped', analyst: ', your own', text: ', learned from the text (confirm, rename, merge or remove it)' }[p.source]
  const lines = [`${p.name} (${p.id})${from}`]
  if (p.learnedFrom) lines.push(`  learned from: “${p.learnedFrom.phrase}” in ${p.learnedFrom.articleId === null ? 'an article since deleted' : `article ${p.learnedFrom.articleId}${p.learnedFrom.articleTitle ? ` (${p.learnedFrom.articleTitle})` : ''}`}`)
  for (const [language, names] of Object.entries(p.names)) lines.push(`  ${language}: ${(names ?? []).join(', ')}`)
  if (p.gender) lines.push(`  gender: ${p.gender}`)
  if (!p.surnameAlone) lines.push('  found by full name only')
  lines.push(p.offices.length ? '  offices:' : '  no offices: statements count for no body')
  for (const o of p.offices) lines.push(`    ${o.role}  ${o.actorName} (${o.actorId})  ${o.from} – ${o.to ?? 'now'}`)
  lines.push(`  statements: ${statements}`)
  return `${lines.join('\n')}\n`
}

/**
 * `parallax persons list|add|show`: the people who speak for actors — shipped and the analyst's own — with their
 * offices; `add` registers one so that extraction finds them (run `parallax statements extract` for earlier articles).
 */
export function registerPersons(program: Command, ctx: CliContext): void {
  const persons = program.command('persons').description('people who speak for actors (spokespeople, ministers, heads of state) and their offices')

  libraryOption(
    persons
      .command('list')
      .description('list the persons with their latest office and number of statements')
      .option('--query <text>', 'only persons with TEXT in one of their names (any language)')
      .option('--learned', 'only persons learned from the text, not yet confirmed')
      .addOption(jsonOption()),
  ).action(async (options: { library?: string; query?: string; learned?: boolean; json?: boolean }) => {
    await ctx.withStores(libraryPathOf(options), false, (services) => {
      const query = options.query?.toLocaleLowerCase()
      const list = services.persons
        .list()
        .filter((p) => !query || Object.values(p.names).some((names) => names?.some((n) => n.toLocaleLowerCase().includes(query))))
        .filter((p) => !options.learned || p.source === 'text')
      const counts = services.statements.countByPerson()
      if (options.json) return ctx.io.out(jsonDocument(list.map((p) => ({ ...p, statements: counts[p.id] ?? 0 }))))
      ctx.io.out(personTable(list, counts))
    })
  })

  libraryOption(
    persons
      .command('add')
      .description('add a person of your own (kept across updates of the shipped persons)')
      .requiredOption('--name <text[@lang]>', 'a name as written in running text, with its language ("Анатолий Глаз@ru"); repeatable', nameArgument)
      .option('--id <id>', 'stable id: lower-case letters, digits, hyphens (default: from the name)')
      .option('--gender <f|m>', 'for pronouns and Russian case forms', gender)
      .option('--office <actor:role:from[:to]>', 'an office: the body spoken for, the role, dates (by-mfa:spokesperson:2019-01); repeatable', officeArgument)
      .option('--full-name-only', 'the surname alone does not name this person (a common word, a shared surname)')
      .addOption(jsonOption()),
  ).action(
    async (options: { library?: string; name: [string, string][]; id?: string; gender?: 'f' | 'm'; office?: PersonOfficeInput[]; fullNameOnly?: boolean; json?: boolean }) => {
      await ctx.withStores(libraryPathOf(options), true, (services) => {
        const names: PersonNames = {}
        for (const [language, name] of options.name) names[language] = [...(names[language] ?? []), name]
        const input: PersonInput = { names, gender: options.gender ?? null, offices: options.office ?? [], ...(options.id ? { id: options.id } : {}) }
        if (options.fullNameOnly) input.surnameAlone = false
        const p = services.persons.create(input)
        ctx.io.out(options.json ? jsonDocument(p) : `added ${p.id} (${p.name}) with ${p.offices.length} office${p.offices.length === 1 ? '' : 's'}\n`)
      })
    },
  )

  libraryOption(persons.command('show').description('a person with names, offices and number of statements').argument('<id>', 'the person').addOption(jsonOption())).action(
    async (id: string, options: { library?: string; json?: boolean }) => {
      await ctx.withStores(libraryPathOf(options), false, (services) => {
        const p = services.persons.get(id)
        if (!p) return ctx.failed(`persons show ${id}`, 'no such person (see "parallax persons list")')
        const statements = services.statements.countByPerson()[id] ?? 0
        ctx.io.out(options.json ? jsonDocument({ ...p, statements }) : describePerson(p, statements))
      })
    },
  )

  // What the analyst does with people learned from the text (and with their own).
  const change = (name: string, description: string, args: string[], act: (services: LibraryServices, ...values: string[]) => PersonRecord | void, done: (p: PersonRecord | void, ...values: string[]) => string) => {
    const cmd = persons.command(name).description(description)
    for (const a of args) cmd.argument(a)
    libraryOption(cmd.addOption(jsonOption())).action(async (...all: unknown[]) => {
      const values = all.slice(0, args.length).flat() as string[]
      const options = all[args.length] as { library?: string; json?: boolean }
      await ctx.withStores(libraryPathOf(options), true, (services) => {
        const p = act(services, ...values)
        ctx.io.out(options.json ? jsonDocument(p ?? { removed: values[0] }) : done(p, ...values))
      })
    })
  }
  change('confirm', 'make a person learned from the text your own', ['<id>'], (s, id) => s.persons.confirm(id), (p) => `confirmed ${p!.id} (${p!.name}) as your own\n`)
  change(
    'rename',
    'give a person learned from the text (or your own) other names; a title with the name the text gave still stands for them',
    ['<id>', '<name...>'],
    (s, id, ...names) => {
      const byLanguage: PersonNames = {}
      for (const [language, name] of names.flatMap((n) => nameArgument(n))) byLanguage[language] = [...(byLanguage[language] ?? []), name]
      return s.persons.rename(id, { names: byLanguage })
    },
    (p) => `renamed ${p!.id}: ${p!.name}\n`,
  )
  change('merge', 'merge a person learned from the text into another person (statements, names, offices)', ['<id>', '<into>'], (s, id, into) => s.persons.merge(id, into), (p, id) => `merged ${id} into ${p!.id} (${p!.name})\n`)
  change('remove', 'delete a person learned from the text (not learned again) or your own; their statements keep speaker and body', ['<id>'], (s, id) => s.persons.remove(id), (_, id) => `removed ${id}\n`)

  for (const sub of persons.commands) sub.exitOverride().configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err })
}
