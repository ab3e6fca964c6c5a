import type { Migration } from '../migration'

/**
 * Persons learned from the text ('text'): a full name with a role of a registered body ("Maria Sacharowa,
 * Sprecherin des russischen Außenministeriums") makes a person, with the article it was learned from and the
 * title as written. The persons table is rebuilt to allow the new source (SQLite cannot change a CHECK in
 * place); foreign keys are off meanwhile so that offices and statements keep their persons (see migrate.ts).
 *
 * `person_name_decisions` keeps what the analyst decided about learned names, so that reading the articles
 * again never undoes it: a deleted person's name is not learned again (person_id NULL), a merged one's name
 * stands for the person it was merged into.
 */
export const m014TextPersons: Migration = {
  version: 14,
  name: 'text-persons',
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE persons_new (
        id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 64),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        names TEXT NOT NULL CHECK (json_valid(names) AND json_type(names) = 'object'),
        gender TEXT CHECK (gender IS NULL OR gender IN ('f', 'm')),
        surname_alone INTEGER NOT NULL DEFAULT 1 CHECK (surname_alone IN (0, 1)),
        -- 'text': learned from a title in an article; the analyst confirms it (it becomes 'analyst'), renames,
        -- merges or deletes it.
        source TEXT NOT NULL CHECK (source IN ('seed', 'analyst', 'text')),
        -- The article a person was first learned from (kept when the analyst confirms them); NULL once that article is deleted (the person stays:
        -- other articles' statements may be theirs, and the analyst decides).
        learned_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        -- The title as written there ("Maria Sacharowa, Sprecherin des russischen Außenministeriums").
        learned_phrase TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source <> 'text' OR learned_phrase IS NOT NULL)
      );
      INSERT INTO persons_new (id, name, names, gender, surname_alone, source, created_at, updated_at)
        SELECT id, name, names, gender, surname_alone, source, created_at, updated_at FROM persons;
      DROP TABLE persons;
      ALTER TABLE persons_new RENAME TO persons;
      CREATE INDEX persons_learned_article ON persons(learned_article_id) WHERE learned_article_id IS NOT NULL;

      CREATE TABLE person_name_decisions (
        -- The learned full name, folded (lower case, no accents): "maria sacharowa".
        name_key TEXT PRIMARY KEY,
        -- The person the name stands for; NULL: the analyst deleted the person, the name makes nobody.
        person_id TEXT REFERENCES persons(id) ON DELETE CASCADE ON UPDATE CASCADE,
        decided_at TEXT NOT NULL
      );
      CREATE INDEX person_name_decisions_person ON person_name_decisions(person_id) WHERE person_id IS NOT NULL;
    `)
  },
}
