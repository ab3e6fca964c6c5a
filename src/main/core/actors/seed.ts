/**
 * Loads the shipped actor seed (resources/actors/seed.json) and expands it: every country's bodies
 * become actors (`ru-mfa`, `ru-gov`, `ru-pres`) with display names, display aliases in each language
 * and, for governments, the country's names and capital as metonyms; the rest of the file becomes
 * the matcher's lexicon.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import { AliasSyntaxError, adjectivePattern, displayAlias, nounPhrasePattern, type Lang } from './inflect'
import { LANGS, type BodyTerm, type CountryTerms, type GrammarWords, type Lexicon } from './lexicon'
import { foldWord } from './normalize'
import { seedSchema, type SeedFile } from './seed-schema'
import type { Actor, ActorAlias, AliasKind } from './types'

export interface Seed {
  version: number
  /** SHA-256 of the file's text: a changed file re-syncs even when someone forgot to bump the version. */
  hash: string
  actors: Actor[]
  lexicon: Lexicon
}

export class SeedError extends Error {
  constructor(source: string, reason: string) {
    super(`Actor seed ${source}: ${reason}`)
    this.name = 'SeedError'
  }
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
  if (error.issues.length > 5) lines.push(`… and ${error.issues.length - 5} more problems`)
  return lines.join('; ')
}

const DE_ADJ_GENDER = { m: 'er', f: 'e', n: 'es' } as const
const RU_ADJ_GENDER = { m: null, f: 'ая', n: 'ое' } as const

/** "russisches Außenministerium" → "Russisches Außenministerium": a name standing alone, as a column heading. */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** "russisch" + n "Außenministerium" → "russisches Außenministerium"; "Schweizer!" stays. */
function germanAttributive(adjective: string, gender: 'm' | 'f' | 'n', noun: string): string {
  if (/!$/.test(adjective)) return `${displayAlias(adjective)} ${noun}`
  return `${displayAlias(adjective)}${DE_ADJ_GENDER[gender]} ${noun}`
}

/** "российский" + n "правительство" → "российское правительство". */
function russianAttributive(adjective: string, gender: 'm' | 'f' | 'n', noun: string): string {
  const adj = displayAlias(adjective)
  const ending = RU_ADJ_GENDER[gender]
  return `${ending === null ? adj : adj.slice(0, -2) + ending} ${noun}`
}

function checkAlias(source: string, where: string, text: string, lang: Lang, adjective = false): void {
  try {
    if (adjective) adjectivePattern(text, lang)
    else nounPhrasePattern(text, lang)
  } catch (err) {
    if (err instanceof AliasSyntaxError) throw new SeedError(source, `${where}: ${err.message}`)
    throw err
  }
}

class ActorBuilder {
  private readonly byId = new Map<string, Actor>()

  constructor(private readonly source: string) {}

  add(actor: Actor, where: string): void {
    if (this.byId.has(actor.id)) throw new SeedError(this.source, `${where}: actor id "${actor.id}" is defined twice`)
    this.byId.set(actor.id, actor)
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id)
  }

  alias(actor: Actor, text: string, language: Lang | null, kind: AliasKind, where: string): void {
    checkAlias(this.source, where, text, language ?? 'en')
    if (actor.aliases.some((a) => a.text === text && a.language === language)) return
    actor.aliases.push({ text, language, kind, origin: 'seed' })
  }

  all(): Actor[] {
    return [...this.byId.values()]
  }
}

function grammarOf(words: SeedFile['grammar']['de']): GrammarWords {
  const fold = (list: string[]) => [...new Set(list.map(foldWord))]
  return {
    determiners: fold(words.determiners),
    genitiveLinks: fold(words.genitiveLinks),
    locativeLinks: fold(words.locativeLinks),
    prepositions: fold(words.prepositions),
    attributiveHeads: fold(words.attributiveHeads),
    conjunctions: fold(words.conjunctions),
    demonstratives: fold(words.demonstratives),
  }
}

function expand(seed: SeedFile, source: string): { actors: Actor[]; lexicon: Lexicon } {
  const builder = new ActorBuilder(source)
  const lexicon: Lexicon = {
    countries: [],
    bodies: [],
    generic: [],
    grammar: { de: grammarOf(seed.grammar.de), en: grammarOf(seed.grammar.en), ru: grammarOf(seed.grammar.ru) },
  }

  for (const [suffix, type] of Object.entries(seed.bodyTypes)) {
    for (const lang of LANGS) {
      ;(type.terms[lang] ?? []).forEach((t, i) => {
        const term = typeof t === 'string' ? { text: t } : t
        checkAlias(source, `bodyTypes.${suffix}.terms.${lang}.${i}`, term.text, lang)
        lexicon.bodies.push({ text: term.text, language: lang, kind: type.kind, confidence: term.confidence ?? 1, office: term.office ?? false })
      })
    }
  }
  for (const [kind, terms] of Object.entries(seed.genericTerms)) {
    for (const lang of LANGS) {
      ;(terms[lang] ?? []).forEach((text, i) => {
        checkAlias(source, `genericTerms.${kind}.${lang}.${i}`, text, lang)
        lexicon.generic.push({ text, language: lang, kind: kind as BodyTerm['kind'], confidence: 1, office: false })
      })
    }
  }

  seed.countries.forEach((country, ci) => {
    const where = `countries.${ci} (${country.iso})`
    if (lexicon.countries.some((c) => c.iso === country.iso)) throw new SeedError(source, `${where}: country listed twice`)
    const terms: CountryTerms = { iso: country.iso, names: [], adjectives: [], capitals: [] }
    for (const lang of LANGS) {
      const words = country[lang]
      words.names.forEach((text, i) => checkAlias(source, `${where}.${lang}.names.${i}`, text, lang))
      words.adjectives.forEach((text, i) => checkAlias(source, `${where}.${lang}.adjectives.${i}`, text, lang, true))
      ;(words.capitals ?? []).forEach((text, i) => checkAlias(source, `${where}.${lang}.capitals.${i}`, text, lang))
      terms.names.push(...words.names.map((text) => ({ text, language: lang })))
      terms.adjectives.push(...words.adjectives.map((text) => ({ text, language: lang })))
      terms.capitals.push(...(words.capitals ?? []).map((text) => ({ text, language: lang })))
    }
    lexicon.countries.push(terms)

    const label = country.label ?? displayAlias(country.en.adjectives[0])
    for (const suffix of country.bodies) {
      const type = seed.bodyTypes[suffix]
      if (!type) throw new SeedError(source, `${where}.bodies: unknown body type "${suffix}" (known: ${Object.keys(seed.bodyTypes).join(', ')})`)
      const actor: Actor = {
        id: `${country.iso}-${suffix}`,
        name: type.name.replace('{label}', label),
        kind: type.kind,
        country: country.iso,
        aliases: [],
        origin: 'seed',
      }
      builder.add(actor, where)
      const [deNoun, deGender] = type.display.de
      const [ruNoun, ruGender] = type.display.ru
      const deName = germanAttributive(country.de.adjectives[0], deGender, deNoun)
      const ruName = russianAttributive(country.ru.adjectives[0], ruGender, ruNoun)
      builder.alias(actor, deName, 'de', 'name', where)
      builder.alias(actor, `${displayAlias(country.en.adjectives[0])} ${type.display.en}`, 'en', 'name', where)
      builder.alias(actor, ruName, 'ru', 'name', where)
      // The display aliases, capitalised, are the names a German or Russian report gives the body.
      actor.names = { de: capitalise(deName), en: actor.name, ru: capitalise(ruName) }
      if (type.kind === 'government') {
        for (const lang of LANGS) {
          for (const name of country[lang].names) builder.alias(actor, name, lang, 'metonym', where)
          if (country.capitalMetonym !== false) {
            for (const capital of country[lang].capitals ?? []) builder.alias(actor, capital, lang, 'metonym', where)
          }
        }
      }
    }
  })

  const listed = new Set<string>()
  seed.actors.forEach((entry, i) => {
    const where = `actors.${i} (${entry.id})`
    if (listed.has(entry.id)) throw new SeedError(source, `${where}: actor id "${entry.id}" is defined twice`)
    listed.add(entry.id)
    let actor = builder.get(entry.id)
    if (actor) {
      if (entry.name) actor.name = entry.name
      if (entry.name && actor.names) actor.names.en = entry.name
      if (entry.kind) actor.kind = entry.kind
      if (entry.country !== undefined) actor.country = entry.country
    } else {
      if (!entry.name || !entry.kind) throw new SeedError(source, `${where}: a new actor needs a name and a kind`)
      actor = { id: entry.id, name: entry.name, kind: entry.kind, country: entry.country ?? null, aliases: [], origin: 'seed' }
      builder.add(actor, where)
    }
    if (entry.names) actor.names = { ...actor.names, ...entry.names }
    for (const [kind, lists] of [['name', entry.aliases], ['metonym', entry.metonyms]] as const) {
      for (const [key, texts] of Object.entries(lists ?? {})) {
        const lang = key === '*' ? null : (key as Lang)
        texts.forEach((text, j) => builder.alias(actor, text, lang, kind, `${where}.${kind === 'name' ? 'aliases' : 'metonyms'}.${key}.${j}`))
      }
    }
  })

  return { actors: builder.all(), lexicon }
}

/** Validates and expands seed JSON text; `source` names the file in error messages. */
export function parseSeed(text: string, source: string): Seed {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new SeedError(source, `not valid JSON (${(err as Error).message})`)
  }
  const parsed = seedSchema.safeParse(json)
  if (!parsed.success) throw new SeedError(source, describeIssues(parsed.error))
  const { actors, lexicon } = expand(parsed.data, source)
  return { version: parsed.data.version, hash: createHash('sha256').update(text).digest('hex'), actors, lexicon }
}

export function loadSeedFile(file: string): Seed {
  return parseSeed(readSeedText(file), file)
}

function readSeedText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (err) {
    throw new SeedError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
}

/**
 * resources/actors/seed.json of the installed app: found by walking up from this module to the
 * folder holding package.json, which works from the sources (tests, tsx) and from the bundle in out/main.
 */
export function defaultSeedFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'resources', 'actors', 'seed.json')
    const parent = dirname(dir)
    if (parent === dir) throw new SeedError('resources/actors/seed.json', `no package.json above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

let cachedDefault: Seed | undefined

/**
 * The shipped seed, loaded once per process. Its version and hash are read at once; the actors and
 * the lexicon are validated and expanded when first used: opening a library whose seed is current
 * needs neither (that is most of a CLI command's start-up).
 */
export function defaultSeed(): Seed {
  cachedDefault ??= lazySeed(defaultSeedFile())
  return cachedDefault
}

function lazySeed(file: string): Seed {
  const text = readSeedText(file)
  const version = readableVersion(text)
  // A seed without a readable version is parsed now, so that its error is reported as before.
  if (version === null) return parseSeed(text, file)
  let full: Seed | undefined
  const load = () => (full ??= parseSeed(text, file))
  return {
    version,
    hash: createHash('sha256').update(text).digest('hex'),
    get actors() {
      return load().actors
    },
    get lexicon() {
      return load().lexicon
    },
  }
}

function readableVersion(text: string): number | null {
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version
    return typeof version === 'number' ? version : null
  } catch {
    return null
  }
}
