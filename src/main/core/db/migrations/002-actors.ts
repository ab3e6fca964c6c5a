import type { Migration } from '../migration'

/**
 * Actors (ministries, governments, organisations) and their aliases. Seed rows come from the shipped
 * seed file and are re-synced when it changes; the analyst's own actors and aliases ('user') and
 * edits to seed rows (a new name, a hidden actor, a removed alias) survive every seed update.
 */
export const m002Actors: Migration = {
  version: 2,
  name: 'actors',
  up(db) {
    db.exec(`
      CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('foreign-ministry', 'ministry', 'government', 'presidency', 'organisation', 'agency', 'person', 'other')),
        -- ISO 3166-1 alpha-2 in lower case; NULL for international organisations.
        country TEXT CHECK (country IS NULL OR (length(country) = 2 AND country = lower(country))),
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
        -- Seed rows: the seed version that last wrote them, and the name as shipped (the analyst may rename).
        seed_version INTEGER,
        seed_name TEXT,
        -- A seed actor the analyst removed: kept hidden so that seed updates do not bring it back.
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        -- Folded name for typeahead (see actors/normalize.ts searchKey).
        search_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX actors_country_kind ON actors(country, kind);

      CREATE TABLE actor_aliases (
        id INTEGER PRIMARY KEY,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE ON UPDATE CASCADE,
        text TEXT NOT NULL,
        -- ISO 639-1; NULL for language-neutral aliases (acronyms).
        language TEXT,
        kind TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'body', 'metonym')),
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'user')),
        -- A seed alias the analyst removed: kept so that seed updates do not bring it back.
        removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
        search_key TEXT NOT NULL
      );
      CREATE UNIQUE INDEX actor_aliases_unique ON actor_aliases(actor_id, text, ifnull(language, ''));
      CREATE INDEX actor_aliases_search ON actor_aliases(search_key);

      -- The seed the library was last synced with (one row).
      CREATE TABLE actor_seed (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        hash TEXT NOT NULL,
        synced_at TEXT NOT NULL
      );
    `)
  },
}
