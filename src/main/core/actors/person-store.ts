/**
 * Persons in the library: the shipped seed (synced by person-seed-sync.ts), the analyst's own and those learned
 * from titles in articles (person-learning.ts), with their offices, and the person index the engine finds them
 * with — built once, rebuilt after any change.
 */
import type { Statement } from 'better-sqlite3'
import type { PersonInput, PersonNames, PersonOfficeInput, PersonOfficeRecord, PersonRecord, PersonRenameInput, PersonSource } from '../../../shared/api/persons'
import type { Db } from '../db/open'
import { romanise } from '../compare/text/transliterate'
import { LibraryError, notFound } from '../library/errors'
import { searchKey } from './normalize'
import { createPersonIndex, type PersonIndex } from './person-index'
import { learnPersons, nameKey } from './person-learning'
import type { KnownPerson, PersonSeed } from './person-seed'
import type { TitledPerson } from '../statements/types'
import { syncPersonSeed, type PersonSeedSyncResult } from './person-seed-sync'

interface PersonRow {
  id: string
  name: string
  names: string
  gender: 'f' | 'm' | null
  surnameAlone: 0 | 1
  source: PersonSource
  learnedArticleId: number | null
  learnedArticleTitle: string | null
  learnedPhrase: string | null
}

interface OfficeRow extends PersonOfficeRecord {
  personId: string
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/u
const LANGUAGE = /^[a-z]{2,3}$/u
const ROLE = /^[a-z]+(?:-[a-z]+)*$/u
const DATE = /^[12]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u
const MAX_NAMES = 20

const PERSON_COLUMNS = `p.id, p.name, p.names, p.gender, p.surname_alone AS surnameAlone, p.source, p.learned_article_id AS learnedArticleId,
  a.title AS learnedArticleTitle, p.learned_phrase AS learnedPhrase`
const PERSONS = 'persons p LEFT JOIN articles a ON a.id = p.learned_article_id'
const OFFICE_COLUMNS = `o.person_id AS personId, o.actor_id AS actorId, act.name AS actorName, o.role, o.valid_from AS "from", o.valid_to AS "to"`

export class PersonStore {
  private cached: PersonIndex | null = null
  private readonly q: Record<'all' | 'one' | 'offices' | 'officesOf' | 'insert' | 'insertOffice' | 'remove' | 'actorExists' | 'decide', Statement>

  constructor(private readonly db: Db) {
    this.q = {
      all: db.prepare(`SELECT ${PERSON_COLUMNS} FROM ${PERSONS} ORDER BY p.name COLLATE NOCASE, p.id`),
      one: db.prepare(`SELECT ${PERSON_COLUMNS} FROM ${PERSONS} WHERE p.id = ?`),
      offices: db.prepare(`SELECT ${OFFICE_COLUMNS} FROM person_offices o JOIN actors act ON act.id = o.actor_id ORDER BY o.valid_from, o.id`),
      officesOf: db.prepare(`SELECT ${OFFICE_COLUMNS} FROM person_offices o JOIN actors act ON act.id = o.actor_id WHERE o.person_id = ? ORDER BY o.valid_from, o.id`),
      insert: db.prepare(
        `INSERT INTO persons (id, name, names, gender, surname_alone, source, created_at, updated_at)
         VALUES (@id, @name, @names, @gender, @surnameAlone, 'analyst', @at, @at)`,
      ),
      insertOffice: db.prepare('INSERT INTO person_offices (person_id, actor_id, role, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM persons WHERE id = ?'),
      actorExists: db.prepare('SELECT 1 FROM actors WHERE id = ?').pluck(),
      decide: db.prepare(
        `INSERT INTO person_name_decisions (name_key, person_id, decided_at) VALUES (?, ?, ?)
         ON CONFLICT(name_key) DO UPDATE SET person_id = excluded.person_id, decided_at = excluded.decided_at`,
      ),
    }
  }

  /** Brings the shipped persons to this seed; the analyst's are kept as they are. */
  syncSeed(seed: PersonSeed, options: { force?: boolean } = {}): PersonSeedSyncResult {
    const result = syncPersonSeed(this.db, seed, options)
    if (result.synced) this.cached = null
    return result
  }

  list(): PersonRecord[] {
    const offices = new Map<string, PersonOfficeRecord[]>()
    for (const { personId, ...o } of this.q.offices.all() as OfficeRow[]) offices.set(personId, [...(offices.get(personId) ?? []), o])
    return (this.q.all.all() as PersonRow[]).map((r) => toRecord(r, offices.get(r.id) ?? []))
  }

  get(id: string): PersonRecord | null {
    const row = this.q.one.get(id) as PersonRow | undefined
    if (!row) return null
    return toRecord(row, (this.q.officesOf.all(id) as OfficeRow[]).map(({ personId: _, ...o }) => o))
  }

  require(id: string): PersonRecord {
    const found = this.get(id)
    if (!found) throw notFound(`The person "${id}"`)
    return found
  }

  /** Adds the analyst's own person; the seed never overwrites it. */
  create(input: PersonInput, now = new Date()): PersonRecord {
    const names = cleanNames(input.names)
    const name = names.en?.[0] ?? Object.values(names)[0]![0]
    const id = input.id ?? this.freeId(slug(name) || 'person')
    if (!ID.test(id)) throw new LibraryError('refused', `"${id}" is not a usable person id (lower-case letters, digits and hyphens)`)
    if (this.q.one.get(id)) throw new LibraryError('refused', `A person with the id "${id}" already exists`)
    const offices = (input.offices ?? []).map((o) => this.checkOffice(o))
    const at = now.toISOString()
    this.db.transaction(() => {
      this.q.insert.run({ id, name, names: JSON.stringify(names), gender: input.gender ?? null, surnameAlone: input.surnameAlone === false ? 0 : 1, at })
      for (const o of offices) this.q.insertOffice.run(id, o.actorId, o.role, o.from, o.to ?? null)
    })()
    this.cached = null
    return this.require(id)
  }

  /**
   * Deletes the analyst's own person or one learned from the text; their statements keep body and speaker, and
   * lose the person. A learned person's names are not learned again.
   */
  remove(id: string, now = new Date()): void {
    const person = this.require(id)
    if (person.source === 'seed') throw new LibraryError('refused', `${person.name} is a shipped person and stays in the library`)
    this.db.transaction(() => {
      if (person.learnedFrom) this.decide(person, null, now)
      this.q.remove.run(id)
    })()
    this.cached = null
  }

  /** Stores the people an article's titles introduce (person-learning.ts): their library ids by provisional id. */
  learn(articleId: number, date: string | null, found: readonly TitledPerson[], now = new Date()): Map<string, string | null> {
    const { ids, changed } = learnPersons(this.db, articleId, date, found, (name) => this.freeId(slug(name) || 'person'), now)
    if (changed) this.cached = null
    return ids
  }

  /**
   * Of these articles, those whose text holds the surname of a person learned since `since` (their statements
   * were found before the library knew them). Russian surnames are matched without their last letter (case forms).
   */
  articlesNamingLearned(articleIds: readonly number[], since: Date): number[] {
    if (!articleIds.length) return []
    const learned = this.db.prepare("SELECT names FROM persons WHERE source = 'text' AND created_at >= ?").pluck().all(since.toISOString()) as string[]
    const stems = new Set(
      learned.flatMap((names) =>
        Object.values(JSON.parse(names) as Record<string, string[]>)
          .flat()
          .map((n) => n.split(' ').at(-1)!)
          .map((s) => (/[\u0400-\u04ff]/u.test(s) && s.length > 4 ? s.slice(0, -1) : s)),
      ),
    )
    if (!stems.size) return []
    const text = this.db.prepare('SELECT text FROM articles WHERE id = ?').pluck()
    return articleIds.filter((id) => {
      const t = text.get(id) as string | undefined
      return !!t && [...stems].some((s) => t.includes(s))
    })
  }

  /** A person learned from the text becomes the analyst's own (kept as it is by every later reading). */
  confirm(id: string, now = new Date()): PersonRecord {
    const person = this.require(id)
    if (person.source !== 'text') throw new LibraryError('refused', `${person.name} is ${person.source === 'seed' ? 'a shipped person' : 'already your own'}`)
    this.db.prepare("UPDATE persons SET source = 'analyst', updated_at = ? WHERE id = ?").run(now.toISOString(), id)
    this.cached = null
    return this.require(id)
  }

  /** New names (and gender) for the analyst's own or a learned person; the names it had stand for it still. */
  rename(id: string, input: PersonRenameInput, now = new Date()): PersonRecord {
    const person = this.require(id)
    if (person.source === 'seed') throw new LibraryError('refused', `${person.name} is a shipped person: the person seed names them`)
    const names = cleanNames(input.names)
    const name = names.en?.[0] ?? Object.values(names)[0]![0]
    this.db.transaction(() => {
      // Reading the article again must find the person under the name the text gave, not make a new one.
      if (person.learnedFrom) for (const old of Object.values(person.names).flat()) if (old) this.q.decide.run(nameKey(old), id, now.toISOString())
      this.db
        .prepare('UPDATE persons SET name = ?, names = ?, gender = ?, updated_at = ? WHERE id = ?')
        .run(name, JSON.stringify(names), input.gender === undefined ? person.gender : input.gender, now.toISOString(), id)
    })()
    this.cached = null
    return this.require(id)
  }

  /**
   * Merges a person learned from the text into another: statements and offices move, names too unless the other
   * is shipped (the seed names them), and the learned names stand for the other from now on.
   */
  merge(id: string, intoId: string, now = new Date()): PersonRecord {
    const person = this.require(id)
    const into = this.require(intoId)
    if (person.source !== 'text') throw new LibraryError('refused', `Only a person learned from the text can be merged into another; ${person.name} is ${person.source === 'seed' ? 'shipped' : 'your own'}`)
    if (id === intoId) throw new LibraryError('refused', 'A person cannot be merged into themselves')
    const at = now.toISOString()
    this.db.transaction(() => {
      this.decide(person, intoId, now)
      this.db.prepare('UPDATE statements SET person_id = ? WHERE person_id = ?').run(intoId, id)
      if (into.source !== 'seed') {
        const names: Record<string, string[]> = {}
        for (const [language, list] of [...Object.entries(into.names), ...Object.entries(person.names)]) names[language] = [...new Set([...(names[language] ?? []), ...(list ?? [])])].slice(0, MAX_NAMES)
        this.db.prepare('UPDATE persons SET names = ?, gender = coalesce(gender, ?), updated_at = ? WHERE id = ?').run(JSON.stringify(names), person.gender, at, intoId)
        const held = new Set(into.offices.map((o) => `${o.actorId} ${o.role}`))
        for (const o of person.offices) if (!held.has(`${o.actorId} ${o.role}`)) this.q.insertOffice.run(intoId, o.actorId, o.role, o.from, o.to ?? null)
      }
      this.q.remove.run(id)
    })()
    this.cached = null
    return this.require(intoId)
  }

  /** What the learned person's names stand for from now on: another person, or (null) nobody. */
  private decide(person: PersonRecord, personId: string | null, now: Date): void {
    for (const name of new Set(Object.values(person.names).flat())) if (name) this.q.decide.run(nameKey(name), personId, now.toISOString())
  }

  /** The engine's person index over everybody in the library. */
  index(): PersonIndex {
    this.cached ??= createPersonIndex(this.list().map(toKnown))
    return this.cached
  }

  /** Everybody in the library as the engine knows them, as plain data (import workers build their index from it). */
  known(): KnownPerson[] {
    return this.list().map(toKnown)
  }

  private checkOffice(o: PersonOfficeInput): PersonOfficeInput {
    if (!this.q.actorExists.get(o.actorId)) throw notFound(`The actor "${o.actorId}"`)
    if (!ROLE.test(o.role)) throw new LibraryError('refused', `"${o.role}" is not a role (lower-case words joined by hyphens, e.g. spokesperson)`)
    for (const d of [o.from, o.to]) if (d && !DATE.test(d)) throw new LibraryError('refused', `"${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`)
    if (o.to && o.to < o.from) throw new LibraryError('refused', `An office ends after it begins (${o.from} – ${o.to})`)
    return o
  }

  private freeId(base: string): string {
    let id = base
    for (let n = 2; this.q.one.get(id); n++) id = `${base}-${n}`
    return id
  }
}

/** Trimmed names per language, empty lists dropped; at least one name is needed. */
function cleanNames(names: PersonNames): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [language, list] of Object.entries(names)) {
    if (!LANGUAGE.test(language)) throw new LibraryError('refused', `"${language}" is not a language code (de, en, ru, …)`)
    const clean = [...new Set((list ?? []).map((n) => n.replace(/\s+/gu, ' ').trim()).filter(Boolean))].slice(0, MAX_NAMES)
    // The engine finds people by a capitalised surname (person-index.ts).
    const bad = clean.find((n) => !/^\p{Lu}/u.test(n.split(' ').at(-1)!))
    if (bad) throw new LibraryError('refused', `"${bad}": a name ends with a capitalised surname`)
    if (clean.length) out[language] = clean
  }
  if (!Object.keys(out).length) throw new LibraryError('refused', 'A person needs a name')
  return out
}

function slug(name: string): string {
  // "Мария Захарова" → "mariya-zakharova": ids stay readable for people named only in Cyrillic.
  return romanise(searchKey(name))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
}

function toRecord(r: PersonRow, offices: PersonOfficeRecord[]): PersonRecord {
  const learnedFrom = r.learnedPhrase === null ? null : { articleId: r.learnedArticleId, articleTitle: r.learnedArticleTitle, phrase: r.learnedPhrase }
  return { id: r.id, name: r.name, names: JSON.parse(r.names) as PersonNames, gender: r.gender, surnameAlone: r.surnameAlone === 1, source: r.source, learnedFrom, offices }
}

function toKnown(p: PersonRecord): KnownPerson {
  return {
    id: p.id,
    gender: p.gender,
    names: p.names,
    surnameAlone: p.surnameAlone,
    ...(p.source === 'text' ? { learned: true } : {}),
    offices: p.offices.map((o) => ({ role: o.role, actor: o.actorId, from: o.from, to: o.to })),
  }
}
