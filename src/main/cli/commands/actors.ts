import { InvalidArgumentError, type Command } from 'commander'
import type { ActorKind, ActorRecord, AliasInput, AliasKind } from '../../../shared/api'
import { actorNamesOf, setActorName } from '../../core/actors/actor-names'
import type { CliContext } from '../context'
import { jsonDocument } from '../output'
import { collect, jsonOption, libraryOption, libraryPathOf, positiveInt } from '../options'

const KINDS: readonly ActorKind[] = ['foreign-ministry', 'ministry', 'government', 'presidency', 'organisation', 'agency', 'person', 'other']
const ALIAS_KINDS: readonly AliasKind[] = ['name', 'body', 'metonym']

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`expected one of ${allowed.join(', ')}`)
    return value as T
  }
}

function language(value: string): string {
  if (!/^[a-z]{2,3}$/u.test(value)) throw new InvalidArgumentError('expected a language code (de, en, ru, …)')
  return value
}

/** "Außenministerium@de" → text and language; an "@" not followed by a language code is part of the text. */
function aliasArgument(value: string): AliasInput {
  const at = value.lastIndexOf('@')
  const lang = at > 0 ? value.slice(at + 1) : ''
  return /^[a-z]{2,3}$/u.test(lang) ? { text: value.slice(0, at), language: lang } : { text: value, language: null }
}

function actorTable(actors: readonly ActorRecord[]): string {
  if (actors.length === 0) return ''
  const idWidth = Math.max(2, ...actors.map((a) => a.id.length))
  const kindWidth = Math.max(4, ...actors.map((a) => a.kind.length))
  const header = `${'ID'.padEnd(idWidth)}  ${'KIND'.padEnd(kindWidth)}  CC  ALIASES  NAME`
  const rows = actors.map(
    (a) =>
      `${a.id.padEnd(idWidth)}  ${a.kind.padEnd(kindWidth)}  ${(a.country ?? '').padEnd(2)}  ${String(a.aliases.length).padStart(7)}  ${a.name}${a.origin === 'user' ? ' (own)' : ''}${a.hidden ? ' (hidden)' : ''}`,
  )
  return `${[header, ...rows].join('\n')}\n`
}

export function registerActors(program: Command, ctx: CliContext): void {
  // `--library` given after a subcommand is parsed by `actors` itself (commander's default).
  const library = (options: { library?: string }) => libraryPathOf({ library: options.library ?? actors.opts<{ library?: string }>().library })

  const actors = libraryOption(
    program
      .command('actors')
      .description('list the actors (ministries, governments, organisations) with their aliases; see also "actors add", "actors alias"')
      .addOption(jsonOption())
      .option('--query <text>', 'only actors whose name or an alias starts a word with TEXT (any language)')
      .option('--limit <n>', 'with --query: at most N actors (default 20)', positiveInt)
      .option('--all', 'include shipped actors that were removed (hidden)'),
  ).action(async (options: { library?: string; json?: boolean; query?: string; limit?: number; all?: boolean }) => {
    await ctx.withStores(libraryPathOf(options), false, ({ actors: store }) => {
      if (options.query !== undefined) {
        const hits = store.search(options.query, options.limit ?? 20)
        if (options.json) ctx.io.out(jsonDocument(hits))
        else ctx.io.out(hits.map((h) => `${h.id}\t${h.kind}\t${h.country ?? ''}\t${h.name}\t(${h.matched})\n`).join(''))
        return
      }
      const list = store.list({ includeHidden: options.all })
      ctx.io.out(options.json ? jsonDocument(list) : actorTable(list))
    })
  })

  libraryOption(
    actors
      .command('add')
      .description("add an actor of your own (it is kept across updates of the shipped actors)")
      .requiredOption('--id <id>', 'stable id: lower-case letters, digits, hyphens (e.g. ru-mod)')
      .requiredOption('--name <name>', 'display name')
      .requiredOption('--kind <kind>', `one of ${KINDS.join(', ')}`, oneOf(KINDS))
      .option('--country <xx>', 'ISO 3166-1 alpha-2 code (ru, de, us, …)')
      .option('--alias <text[@lang]>', 'an alias, optionally with its language ("Минобороны@ru"); repeatable', collect)
      .option('--body <text[@lang]>', 'a term that names the actor together with its country ("Verteidigungsministerium@de"); repeatable', collect)
      .addOption(jsonOption()),
  ).action(
    async (options: { library?: string; id: string; name: string; kind: ActorKind; country?: string; alias?: string[]; body?: string[]; json?: boolean }) => {
      await ctx.withStores(library(options), true, ({ actors: store }) => {
        const aliases = [
          ...(options.alias ?? []).map((a) => ({ ...aliasArgument(a), kind: 'name' as const })),
          ...(options.body ?? []).map((a) => ({ ...aliasArgument(a), kind: 'body' as const })),
        ]
        const actor = store.create({ id: options.id, name: options.name, kind: options.kind, country: options.country ?? null, aliases })
        ctx.io.out(options.json ? jsonDocument(actor) : `added ${actor.id} (${actor.name}) with ${actor.aliases.length} aliases\n`)
      })
    },
  )

  libraryOption(
    actors
      .command('alias')
      .description('add an alias to an actor (shipped or your own)')
      .argument('<id>', 'the actor')
      .argument('<text>', 'the alias as written in its base form ("Außenministerium Russlands", "МИД РФ")')
      .option('--lang <code>', 'its language (de, en, ru, …); none for acronyms', language)
      .option('--kind <kind>', `${ALIAS_KINDS.join(', ')} (default: name)`, oneOf(ALIAS_KINDS))
      .option('--remove', 'remove the alias instead')
      .addOption(jsonOption()),
  ).action(async (id: string, text: string, options: { library?: string; lang?: string; kind?: AliasKind; remove?: boolean; json?: boolean }) => {
    await ctx.withStores(library(options), true, ({ actors: store }) => {
      const actor = options.remove
        ? store.removeAlias(id, text, options.lang ?? null)
        : store.addAlias(id, { text, language: options.lang ?? null, kind: options.kind })
      ctx.io.out(options.json ? jsonDocument(actor) : `${options.remove ? 'removed' : 'added'} "${text}" ${options.remove ? 'from' : 'to'} ${actor.id}\n`)
    })
  })

  libraryOption(
    actors
      .command('name')
      .description("an actor's name in a report language: shown without NAME, set with it, cleared with \"\" (the shipped name returns)")
      .argument('<id>', 'the actor')
      .argument('[name]', 'its name in that language ("Außenministerium Russlands")')
      .option('--lang <code>', 'de, en or ru', oneOf(['de', 'en', 'ru'] as const))
      .addOption(jsonOption()),
  ).action(async (id: string, name: string | undefined, options: { library?: string; lang?: 'de' | 'en' | 'ru'; json?: boolean }) => {
    await ctx.withStores(library(options), name !== undefined, ({ db }) => {
      if (name !== undefined) {
        if (!options.lang) throw new InvalidArgumentError('--lang is required to set a name')
        setActorName(db, id, options.lang, name)
      }
      const names = actorNamesOf(db, id)
      if (options.json) return ctx.io.out(jsonDocument(names))
      ctx.io.out(names.map((n) => `${n.language}\t${n.name}${n.origin === 'user' ? ' (own)' : ''}\n`).join(''))
    })
  })

  for (const sub of actors.commands) sub.exitOverride().configureOutput({ writeOut: ctx.io.out, writeErr: ctx.io.err })
}
