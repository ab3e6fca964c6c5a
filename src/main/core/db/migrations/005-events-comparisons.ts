import type { Migration } from '../migration'

/**
 * Events (topics grouping statements and articles) and saved comparisons.
 *
 * An event holds articles and statements. Its statements are those listed in event_statements plus
 * every statement of its articles, so statements found later in an event's articles (re-extraction)
 * belong to it too; `excluded` lets the analyst take one of those out again.
 * A saved comparison keeps its spec: scope (JSON), actor ids in column order (JSON), layout, the
 * analyst's themes with their statements, and per-card notes and translations.
 */
export const m005EventsComparisons: Migration = {
  version: 5,
  name: 'events-comparisons',
  up(db) {
    db.exec(`
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        date_from TEXT,
        date_to TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
      );
      CREATE INDEX events_dates ON events(date_from, date_to);

      CREATE TABLE event_articles (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_articles_article ON event_articles(article_id, event_id);

      CREATE TABLE event_statements (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
        PRIMARY KEY (event_id, statement_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_statements_statement ON event_statements(statement_id, event_id);

      CREATE TABLE comparisons (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (json_valid(scope)),
        actor_ids TEXT NOT NULL CHECK (json_valid(actor_ids) AND json_type(actor_ids) = 'array'),
        layout TEXT NOT NULL CHECK (layout IN ('timeline', 'themes')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE comparison_themes (
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        PRIMARY KEY (comparison_id, theme_id)
      ) WITHOUT ROWID;

      CREATE TABLE comparison_theme_statements (
        comparison_id INTEGER NOT NULL,
        theme_id TEXT NOT NULL,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        PRIMARY KEY (comparison_id, theme_id, statement_id),
        FOREIGN KEY (comparison_id, theme_id) REFERENCES comparison_themes(comparison_id, theme_id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX comparison_theme_statements_statement ON comparison_theme_statements(statement_id);

      CREATE TABLE comparison_card_notes (
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        note TEXT,
        translation TEXT,
        PRIMARY KEY (comparison_id, statement_id)
      ) WITHOUT ROWID;
      CREATE INDEX comparison_card_notes_statement ON comparison_card_notes(statement_id);
    `)
  },
}
