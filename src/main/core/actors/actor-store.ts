/**
 * The actor registry in the library: shipped seed actors synced to the seed's version, the analyst's
 * own actors and aliases, typeahead search, and a cached matcher rebuilt when anything changes.
 * Seed sync never touches 'user' rows, and keeps the analyst's edits to seed rows (a new name, a
 * hidden actor, a removed alias).
 */
import type { Database, Statement } from 'better-sqlite3'
import type {
  ActorAliasRecord,
  ActorInput,
  ActorPatch,
  ActorRecord,
  ActorSearchHit,
  AliasInput,
  AliasKind,
} from '../../../shared/api/actors'
import { LibraryError, notFound } from '../library/errors'
import { AliasSyntaxError, nounPhrasePattern } from './inflect'
import { emptyLexicon, type Lexicon } from './lexicon'
import { CompiledActorMatcher } from './matcher'
import { searchKey } from './normalize'
import type { Seed } from './seed'
import type { Actor, ActorKind } from './types'

interface ActorRow {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  origin: 'seed' | 'user'
  seed_name: string | null
  hidden: 0 | 1
}

interface AliasRow {
  actor_id: string
  text: string
  language: string | null
  kind: AliasKind
  origin: 'seed' | 'user'
}

export interface SeedSyncResult {
  /** False when the library already had this seed (same version and content) or a newer one. */
  synced: boolean
  version: number
  actorsAdded: number
  actorsUpdated: number
  aliasesAdded: number
  aliasesRemoved: number
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const COUNTRY = /^[a-z]{2}$/
const LANGUAGE = /^[a-z]{2,3}$/
const MAX_QUERY_WORDS = 6

const now = () => new Date().toISOString()

function slug(name: string): string {
  return searchKey(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
}

export class ActorStore {
  /** The seed's lexicon, read when a matcher is built (the seed expands it on first use). */
  private lexicon: () => Lexicon
  private cached: CompiledActorMatcher | null = null
  private readonly q: Record<string, Statement>
  private readonly searchStatements = new Map<number, Statement>()

  constructor(
    private readonly db: Database,
    lexicon: Lexicon = emptyLexicon(),
  ) {
    this.lexicon = () => lexicon
    this.q = {
      actor: db.prepare('SELECT id, name, kind, country, origin, seed_name, hidden FROM actors WHERE id = ?'),
      actors: db.prepare('SELECT id, name, kind, country, origin, seed_name, hidden FROM actors ORDER BY name COLLATE NOCASE, id'),
      aliasesOf: db.prepare(
        'SELECT actor_id, text, language, kind, origin FROM actor_aliases WHERE actor_id = ? AND removed = 0 ORDER BY ifnull(language, \'\'), id',
      ),
      allAliases: db.prepare("SELECT actor_id, text, language, kind, origin FROM actor_aliases WHERE removed = 0 ORDER BY ifnull(language, ''), id"),
      aliasRow: db.prepare("SELECT id, origin, removed FROM actor_aliases WHERE actor_id = ? AND text = ? AND ifnull(language, '') = ifnull(?, '')"),
      insertActor: db.prepare(
        `INSERT INTO actors (id, name, kind, country, origin, seed_version, seed_name, hidden, search_key, created_at, updated_at)
         VALUES (@id, @name, @kind, @country, @origin, @seedVersion, @seedName, 0, @searchKey, @at, @at)`,
      ),
      insertAlias: db.prepare(
        `INSERT INTO actor_aliases (actor_id, text, language, kind, origin, removed, search_key)
         VALUES (@actorId, @text, @language, @kind, @origin, 0, @searchKey)`,
      ),
    }
  }

  // ---------------------------------------------------------------- seed

  /** Brings the seed rows to this seed; user rows and the analyst's edits to seed rows are kept. */
  syncSeed(seed: Seed): SeedSyncResult {
    this.lexicon = () => seed.lexicon
    this.cached = null
    const result: SeedSyncResult = { synced: false, version: seed.version, actorsAdded: 0, actorsUpdated: 0, aliasesAdded: 0, aliasesRemoved: 0 }
    const state = this.db.prepare('SELECT version, hash FROM actor_seed WHERE id = 1').get() as { version: number; hash: string } | undefined
    if (state && (state.version > seed.version || (state.version === seed.version && state.hash === seed.hash))) return result

    const at = now()
    const existing = this.db.prepare('SELECT id, origin FROM actors')
    const updateSeedActor = this.db.prepare(
      `UPDATE actors SET kind = @kind, country = @country, seed_version = @seedVersion, seed_name = @seedName,
         name = CASE WHEN name = ifnull(seed_name, name) THEN @name ELSE name END,
         search_key = CASE WHEN name = ifnull(seed_name, name) THEN @searchKey ELSE search_key END,
         updated_at = @at
       WHERE id = @id AND origin = 'seed'`,
    )
    const seedAliases = this.db.prepare("SELECT id, text, language FROM actor_aliases WHERE actor_id = ? AND origin = 'seed'")
    const deleteAlias = this.db.prepare('DELETE FROM actor_aliases WHERE id = ?')
    const updateAliasKind = this.db.prepare('UPDATE actor_aliases SET kind = ? WHERE id = ?')

    this.db.transaction(() => {
      const rows = new Map((existing.all() as { id: string; origin: string }[]).map((r) => [r.id, r.origin]))
      const inSeed = new Set<string>()
      for (const actor of seed.actors) {
        inSeed.add(actor.id)
        const origin = rows.get(actor.id)
        if (origin === 'user') continue // the analyst's actor with this id wins
        const values = {
          id: actor.id,
          name: actor.name,
          kind: actor.kind,
          country: actor.country,
          seedVersion: seed.version,
          seedName: actor.name,
          searchKey: searchKey(actor.name),
          at,
        }
        if (origin === undefined) {
          this.q.insertActor.run({ ...values, origin: 'seed' })
          result.actorsAdded++
        } else {
          updateSeedActor.run(values)
          result.actorsUpdated++
        }
        const wanted = new Map(actor.aliases.map((a) => [`${a.text}\u0000${a.language ?? ''}`, a]))
        for (const row of seedAliases.all(actor.id) as { id: number; text: string; language: string | null }[]) {
          const alias = wanted.get(`${row.text}\u0000${row.language ?? ''}`)
          if (!alias) {
            deleteAlias.run(row.id)
            result.aliasesRemoved++
          } else {
            updateAliasKind.run(alias.kind ?? 'name', row.id)
          }
        }
        for (const alias of actor.aliases) {
          if (this.q.aliasRow.get(actor.id, alias.text, alias.language)) continue // kept, removed by the analyst, or the analyst's own
          this.q.insertAlias.run({
            actorId: actor.id,
            text: alias.text,
            language: alias.language,
            kind: alias.kind ?? 'name',
            origin: 'seed',
            searchKey: searchKey(alias.text),
          })
          result.aliasesAdded++
        }
      }
      // Seed actors the new seed no longer ships: statements may point at them, so they stay, as the analyst's.
      for (const [id, origin] of rows) {
        if (origin === 'seed' && !inSeed.has(id)) {
          this.db.prepare("UPDATE actors SET origin = 'user', updated_at = ? WHERE id = ?").run(at, id)
          this.db.prepare("UPDATE actor_aliases SET origin = 'user' WHERE actor_id = ? AND removed = 0").run(id)
          this.db.prepare('DELETE FROM actor_aliases WHERE actor_id = ? AND removed = 1').run(id)
        }
      }
      this.db
        .prepare('INSERT INTO actor_seed (id, version, hash, synced_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, hash = excluded.hash, synced_at = excluded.synced_at')
        .run(seed.version, seed.hash, at)
    })()
    result.synced = true
    return result
  }

  // ---------------------------------------------------------------- reading

  list(options: { includeHidden?: boolean } = {}): ActorRecord[] {
    const aliases = new Map<string, ActorAliasRecord[]>()
    for (const row of this.q.allAliases.all() as AliasRow[]) {
      const list = aliases.get(row.actor_id)
      const alias = toAlias(row)
      if (list) list.push(alias)
      else aliases.set(row.actor_id, [alias])
    }
    return (this.q.actors.all() as ActorRow[])
      .filter((r) => options.includeHidden || !r.hidden)
      .map((r) => toRecord(r, aliases.get(r.id) ?? []))
  }

  get(id: string): ActorRecord | null {
    const row = this.q.actor.get(id) as ActorRow | undefined
    if (!row) return null
    return toRecord(row, (this.q.aliasesOf.all(id) as AliasRow[]).map(toAlias))
  }

  /**
   * Typeahead over names and aliases in every language, folded (case, ß, ё, diacritics): every word
   * of the query must start a word of the same name or alias, in any order ("außenmin kas" finds
   * "kasachisches Außenministerium"). Whole-text prefixes, names and shorter texts come first.
   */
  search(query: string, limit = 20): ActorSearchHit[] {
    const words = searchKey(query).split(' ').filter(Boolean).slice(0, MAX_QUERY_WORDS)
    if (words.length === 0) return []
    const escape = (w: string) => w.replace(/[\\%_]/g, (c) => '\\' + c)
    const rows = this.searchStatement(words.length).all(...words.map((w) => `% ${escape(w)}%`), `${escape(words.join(' '))}%`) as {
      id: string
      name: string
      kind: ActorKind
      country: string | null
      matched: string
      matched_language: string | null
    }[]
    const hits: ActorSearchHit[] = []
    const seen = new Set<string>()
    for (const r of rows) {
      if (seen.has(r.id)) continue
      seen.add(r.id)
      hits.push({ id: r.id, name: r.name, kind: r.kind, country: r.country, matched: r.matched, matchedLanguage: r.matched_language })
      if (hits.length >= limit) break
    }
    return hits
  }

  private searchStatement(wordCount: number): Statement {
    let statement = this.searchStatements.get(wordCount)
    if (!statement) {
      const conditions = Array.from({ length: wordCount }, () => "(' ' || m.search_key) LIKE ? ESCAPE '\\'").join(' AND ')
      statement = this.db.prepare(
        `SELECT a.id, a.name, a.kind, a.country, m.text AS matched, m.language AS matched_language
         FROM (
           SELECT id AS actor_id, name AS text, NULL AS language, search_key, 0 AS rank FROM actors
           UNION ALL
           SELECT actor_id, text, language, search_key, 1 AS rank FROM actor_aliases WHERE removed = 0
         ) m
         JOIN actors a ON a.id = m.actor_id
         WHERE a.hidden = 0 AND ${conditions}
         ORDER BY (m.search_key LIKE ? ESCAPE '\\') DESC, m.rank, length(m.text), a.name`,
      )
      this.searchStatements.set(wordCount, statement)
    }
    return statement
  }

  // ---------------------------------------------------------------- editing

  create(input: ActorInput): ActorRecord {
    const name = input.name.trim()
    if (!name) throw new LibraryError('refused', 'An actor needs a name')
    const country = checkCountry(input.country ?? null)
    const id = input.id ?? this.freeId(country ? `${country}-${slug(name)}` : slug(name) || 'actor')
    if (!ID.test(id)) throw new LibraryError('refused', `"${id}" is not a usable actor id (lower-case letters, digits and hyphens)`)
    if (this.q.actor.get(id)) throw new LibraryError('refused', `An actor with the id "${id}" already exists`)
    const at = now()
    this.db.transaction(() => {
      this.q.insertActor.run({ id, name, kind: input.kind, country, origin: 'user', seedVersion: null, seedName: null, searchKey: searchKey(name), at })
      for (const alias of input.aliases ?? []) this.insertUserAlias(id, alias)
    })()
    this.changed()
    return this.get(id)!
  }

  update(id: string, patch: ActorPatch): ActorRecord {
    const row = this.require(id)
    if (row.origin === 'seed' && (patch.kind !== undefined || patch.country !== undefined)) {
      throw new LibraryError('refused', `"${row.name}" is a shipped actor: its kind and country follow the seed (create your own actor instead)`)
    }
    const name = patch.name?.trim()
    if (patch.name !== undefined && !name) throw new LibraryError('refused', 'An actor needs a name')
    const country = patch.country === undefined ? row.country : checkCountry(patch.country)
    this.db
      .prepare(
        'UPDATE actors SET name = ?, search_key = ?, kind = ?, country = ?, hidden = ?, updated_at = ? WHERE id = ?',
      )
      .run(
        name ?? row.name,
        searchKey(name ?? row.name),
        patch.kind ?? row.kind,
        country,
        patch.hidden === undefined ? row.hidden : patch.hidden ? 1 : 0,
        now(),
        id,
      )
    this.changed()
    return this.get(id)!
  }

  /** Deletes the analyst's own actor; hides a shipped one (so a seed update does not restore it). */
  remove(id: string): void {
    const row = this.require(id)
    if (row.origin === 'seed') this.db.prepare('UPDATE actors SET hidden = 1, updated_at = ? WHERE id = ?').run(now(), id)
    else this.db.prepare('DELETE FROM actors WHERE id = ?').run(id)
    this.changed()
  }

  addAlias(id: string, alias: AliasInput): ActorRecord {
    this.require(id)
    this.db.transaction(() => this.insertUserAlias(id, alias))()
    this.changed()
    return this.get(id)!
  }

  /** Removes an alias; a shipped alias is only marked removed, so seed updates do not bring it back. */
  removeAlias(id: string, text: string, language: string | null): ActorRecord {
    this.require(id)
    const row = this.q.aliasRow.get(id, text, language) as { id: number; origin: string; removed: number } | undefined
    if (!row || row.removed) throw notFound(`The alias "${text}"${language ? ` (${language})` : ''} of ${id}`)
    if (row.origin === 'seed') this.db.prepare('UPDATE actor_aliases SET removed = 1 WHERE id = ?').run(row.id)
    else this.db.prepare('DELETE FROM actor_aliases WHERE id = ?').run(row.id)
    this.changed()
    return this.get(id)!
  }

  // ---------------------------------------------------------------- matching

  /** The matcher over the visible actors; built once, rebuilt after any change. */
  matcher(): CompiledActorMatcher {
    this.cached ??= new CompiledActorMatcher(this.matchableActors(), this.lexicon())
    return this.cached
  }

  /** What the matcher is built from, as plain data: import workers build their own matcher from it. */
  matcherInput(): { actors: Actor[]; lexicon: Lexicon } {
    return { actors: this.matchableActors(), lexicon: this.lexicon() }
  }

  private matchableActors(): Actor[] {
    return this.list().map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      country: r.country,
      origin: r.origin,
      aliases: r.aliases.map((a) => ({ text: a.text, language: a.language, kind: a.kind, origin: a.origin })),
    }))
  }

  private changed(): void {
    this.cached = null
  }

  private require(id: string): ActorRow {
    const row = this.q.actor.get(id) as ActorRow | undefined
    if (!row) throw notFound(`The actor "${id}"`)
    return row
  }

  private freeId(base: string): string {
    let id = base
    for (let n = 2; this.q.actor.get(id); n++) id = `${base}-${n}`
    return id
  }

  private insertUserAlias(actorId: string, alias: AliasInput): void {
    const text = alias.text.trim()
    const language = alias.language ?? null
    if (!text) throw new LibraryError('refused', 'An alias needs some text')
    if (language !== null && !LANGUAGE.test(language)) throw new LibraryError('refused', `"${language}" is not a language code (de, en, ru, …)`)
    try {
      nounPhrasePattern(text, language === 'de' || language === 'ru' ? language : 'en')
    } catch (err) {
      if (err instanceof AliasSyntaxError) throw new LibraryError('refused', err.message)
      throw err
    }
    const existing = this.q.aliasRow.get(actorId, text, language) as { id: number; removed: number } | undefined
    if (existing?.removed) {
      // The analyst brings back a shipped alias they had removed.
      this.db.prepare('UPDATE actor_aliases SET removed = 0, kind = ? WHERE id = ?').run(alias.kind ?? 'name', existing.id)
      return
    }
    if (existing) throw new LibraryError('refused', `${actorId} already has the alias "${text}"${language ? ` (${language})` : ''}`)
    this.q.insertAlias.run({ actorId, text, language, kind: alias.kind ?? 'name', origin: 'user', searchKey: searchKey(text) })
  }
}

function checkCountry(country: string | null): string | null {
  if (country === null) return null
  const c = country.trim().toLowerCase()
  if (!COUNTRY.test(c)) throw new LibraryError('refused', `"${country}" is not an ISO 3166-1 alpha-2 country code (ru, de, us, …)`)
  return c
}

function toAlias(row: AliasRow): ActorAliasRecord {
  return { text: row.text, language: row.language, kind: row.kind, origin: row.origin }
}

function toRecord(row: ActorRow, aliases: ActorAliasRecord[]): ActorRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    origin: row.origin,
    hidden: row.hidden === 1,
    renamed: row.origin === 'seed' && row.seed_name !== null && row.seed_name !== row.name,
    aliases,
  }
}
