import type { Migration } from '../migration'

/**
 * Saved searches: a name and a query with its filters (JSON, as the API's SearchQuery without
 * paging). Ids grow with import time, so `seen_article_id`, the newest article when the search was
 * last opened, tells which matching articles are new since: those with a greater id.
 */
export const m010SavedSearches: Migration = {
  version: 10,
  name: 'saved-searches',
  up(db) {
    db.exec(`
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL CHECK (json_valid(query) AND json_type(query) = 'object'),
        created_at TEXT NOT NULL,
        opened_at TEXT,
        seen_article_id INTEGER NOT NULL DEFAULT 0
      );
    `)
  },
}
