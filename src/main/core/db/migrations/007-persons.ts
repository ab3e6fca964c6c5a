import type { Migration } from '../migration'

/** YYYY, YYYY-MM or YYYY-MM-DD: offices are often known only to the month or year. */
const partialDate = (column: string) =>
  `(${column} GLOB '[12][0-9][0-9][0-9]' OR ${column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR ${column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`

/**
 * Persons as actors of their own: people who speak for registry bodies (spokespeople, ministers, heads of
 * state), from the shipped person seed ('seed', re-synced when it changes) or added by the analyst ('analyst',
 * never touched by the seed). Each has names per language as written in running text (the first of each
 * language is the display name), a gender where known (pronouns, Russian case forms) and offices: which body
 * they spoke for, in which role, from when to when. A statement records the person it is by (`person_id`),
 * apart from the body it counts for, so a comparison can set a person's statements beside a body's.
 */
export const m007Persons: Migration = {
  version: 7,
  name: 'persons',
  up(db) {
    db.exec(`
      CREATE TABLE persons (
        id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
        -- Display name (English for shipped people).
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        -- {"de": ["Maria Sacharowa"], "en": ["Maria Zakharova"], "ru": ["Мария Захарова"]}.
        names TEXT NOT NULL CHECK (json_valid(names) AND json_type(names) = 'object'),
        gender TEXT CHECK (gender IS NULL OR gender IN ('f', 'm')),
        -- A surname alone names the person (0 for common words and shared surnames: "Price", "Wang").
        surname_alone INTEGER NOT NULL DEFAULT 1 CHECK (surname_alone IN (0, 1)),
        source TEXT NOT NULL CHECK (source IN ('seed', 'analyst')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE person_offices (
        id INTEGER PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE ON UPDATE CASCADE,
        -- The body the person speaks for in this office.
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE ON UPDATE CASCADE,
        -- spokesperson, foreign-minister, head-of-state, head-of-government, secretary-general, …
        role TEXT NOT NULL CHECK (role GLOB '[a-z]*' AND role NOT GLOB '*[^a-z-]*'),
        valid_from TEXT NOT NULL CHECK ${partialDate('valid_from')},
        -- NULL while in office as far as anybody told the library.
        valid_to TEXT CHECK (valid_to IS NULL OR (${partialDate('valid_to')} AND valid_to >= valid_from))
      );
      CREATE INDEX person_offices_person ON person_offices(person_id, valid_from);
      CREATE INDEX person_offices_actor ON person_offices(actor_id, person_id);

      -- The person seed the library was last synced with (one row).
      CREATE TABLE person_seed (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        hash TEXT NOT NULL,
        synced_at TEXT NOT NULL
      );

      ALTER TABLE statements ADD COLUMN person_id TEXT REFERENCES persons(id) ON DELETE SET NULL ON UPDATE CASCADE;
      CREATE INDEX statements_person ON statements(person_id, article_id);
    `)
  },
}
