import type { Migration } from '../migration'

/**
 * What a comparison needs to read across languages:
 * - `actor_names`: an actor's name per report language (de, en, ru). Seed rows are rewritten whenever
 *   the actor seed is synced; the analyst's rows ('user') sit beside them and win, so clearing one
 *   brings the shipped name back. `actors.name` stays the name of record (English for the seed).
 * - `term_equivalents`: the analyst's groups of terms that mean the same thing across languages
 *   ("ОДКБ", "OVKS", "CSTO"), added to the groups the app ships (resources/compare/terms.json).
 */
export const m011CompareLocalisation: Migration = {
  version: 11,
  name: 'compare-localisation',
  up(db) {
    db.exec(`
      CREATE TABLE actor_names (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE ON UPDATE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('de', 'en', 'ru')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
        PRIMARY KEY (actor_id, language, origin)
      );

      CREATE TABLE term_equivalents (
        id INTEGER PRIMARY KEY,
        terms TEXT NOT NULL CHECK (json_valid(terms) AND json_type(terms) = 'array' AND json_array_length(terms) >= 2),
        created_at TEXT NOT NULL
      );
    `)
  },
}
