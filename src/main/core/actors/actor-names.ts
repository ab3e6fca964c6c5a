/**
 * Actors' names per report language (table actor_names, migration 011): the shipped ones, rewritten
 * with every seed sync, and the analyst's, which win and survive seed updates. Reports, exports and the
 * Compare view ask for the names in their language; an actor without one keeps its name of record.
 */
import type { Db } from '../db/open'
import { LibraryError } from '../library/errors'
import type { Actor } from './types'

export const NAME_LANGUAGES = ['de', 'en', 'ru'] as const
export type NameLanguage = (typeof NAME_LANGUAGES)[number]

export const isNameLanguage = (language: string): language is NameLanguage => (NAME_LANGUAGES as readonly string[]).includes(language)

/** Writes the seed's names of the seed actors the library has; the analyst's rows are not touched. */
export function syncSeedActorNames(db: Db, actors: readonly Actor[]): void {
  const seedRows = new Set(db.prepare("SELECT id FROM actors WHERE origin = 'seed'").pluck().all() as string[])
  const clear = db.prepare("DELETE FROM actor_names WHERE origin = 'seed'")
  const insert = db.prepare("INSERT INTO actor_names (actor_id, language, name, origin) VALUES (?, ?, ?, 'seed')")
  db.transaction(() => {
    clear.run()
    for (const actor of actors) {
      if (!seedRows.has(actor.id)) continue
      for (const language of NAME_LANGUAGES) {
        const name = actor.names?.[language]?.trim()
        if (name) insert.run(actor.id, language, name)
      }
    }
  })()
}

/** Whether the seed's names were ever written (a library migrated to 011 after its last seed sync has none). */
export function hasSeedActorNames(db: Db): boolean {
  return db.prepare("SELECT 1 FROM actor_names WHERE origin = 'seed' LIMIT 1").get() !== undefined
}

/** Sets (or, with null or blank, clears) the analyst's name of an actor in a language. */
export function setActorName(db: Db, actorId: string, language: string, name: string | null): void {
  if (!isNameLanguage(language)) throw new LibraryError('refused', `Names are kept in ${NAME_LANGUAGES.join(', ')}; not in "${language}".`)
  if (!db.prepare('SELECT 1 FROM actors WHERE id = ?').get(actorId)) throw new LibraryError('not-found', `The actor "${actorId}" does not exist.`)
  const text = name?.replace(/\s+/gu, ' ').trim() ?? ''
  if (text.length > 300) throw new LibraryError('refused', 'A name has at most 300 characters.')
  db.prepare("DELETE FROM actor_names WHERE actor_id = ? AND language = ? AND origin = 'user'").run(actorId, language)
  if (text) db.prepare("INSERT INTO actor_names (actor_id, language, name, origin) VALUES (?, ?, ?, 'user')").run(actorId, language, text)
}

/** The names of these actors in a language (the analyst's over the seed's); actors without one are left out. */
export function actorNamesIn(db: Db, ids: readonly string[], language: string): Map<string, string> {
  if (!ids.length || !isNameLanguage(language)) return new Map()
  const rows = db
    .prepare(
      `SELECT actor_id AS id, name FROM actor_names WHERE language = ? AND actor_id IN (SELECT value FROM json_each(?))
       ORDER BY CASE origin WHEN 'user' THEN 1 ELSE 0 END`,
    )
    .all(language, JSON.stringify(ids)) as { id: string; name: string }[]
  // Later rows (the analyst's) overwrite earlier ones (the seed's).
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Every name of an actor, per language and origin. */
export function actorNamesOf(db: Db, actorId: string): { language: NameLanguage; name: string; origin: 'seed' | 'user' }[] {
  return db.prepare('SELECT language, name, origin FROM actor_names WHERE actor_id = ? ORDER BY language, origin').all(actorId) as {
    language: NameLanguage
    name: string
    origin: 'seed' | 'user'
  }[]
}
