import type { Migration } from '../migration'

/** ß/ẞ → ss/SS and ё/Ё → е/Е, as in the article index (core/library/search-fold.ts), written out so this never changes. */
const fold = (column: string) => `replace(replace(replace(replace(${column}, 'ß', 'ss'), 'ẞ', 'SS'), 'ё', 'е'), 'Ё', 'Е')`

/**
 * Statements found in articles: who (actor, or the source as written) said what (the quote, its kind and
 * cue), where (W3C TextPositionSelector: start/end offsets into the article text; TextQuoteSelector:
 * the quote itself as `exact` with a prefix and suffix, so a highlight re-anchors when offsets drift), how
 * sure the engine was, and what the analyst made of it (review state, corrections, note, tags).
 * `statement_runs` records which articles the engine has read, and with which version of it.
 */
export const m003Statements: Migration = {
  version: 3,
  name: 'statements',
  up(db) {
    db.exec(`
      CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor_id TEXT REFERENCES actors(id) ON DELETE SET NULL ON UPDATE CASCADE,
        -- The source as written ("das Ministerium", "Maria Sacharowa"), kept when no actor is known.
        speaker TEXT,
        -- TextQuoteSelector: exact (= the article text between the offsets), prefix and suffix.
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        -- TextPositionSelector: UTF-16 offsets into articles.text.
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'reported')),
        cue TEXT,
        confidence REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
        -- The engine was unsure (no actor, or an ambiguous one): worth the analyst's look.
        needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
        origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
        review_state TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review_state IN ('unreviewed', 'confirmed', 'rejected')),
        -- The analyst changed actor, kind or span: re-extraction keeps the statement as it is.
        corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
        note TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX statements_article ON statements(article_id, start_offset);
      CREATE INDEX statements_actor ON statements(actor_id, article_id);
      CREATE INDEX statements_review ON statements(review_state, needs_review);

      CREATE TABLE statement_tags (
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (statement_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX statement_tags_tag ON statement_tags(tag_id, statement_id);

      CREATE TABLE statement_runs (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        engine INTEGER NOT NULL,
        extracted_at TEXT NOT NULL
      );

      -- Text filter over quotes and speakers, folded like the article index (German ß, Russian ё); query with
      -- core/library/search-query.ts toFtsQuery.
      CREATE VIRTUAL TABLE statements_fts USING fts5(
        quote, speaker,
        content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, quote, speaker) VALUES (new.id, ${fold('new.quote')}, ${fold('new.speaker')});
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, quote, speaker) VALUES ('delete', old.id, ${fold('old.quote')}, ${fold('old.speaker')});
      END;
      CREATE TRIGGER statements_fts_update AFTER UPDATE OF quote, speaker ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, quote, speaker) VALUES ('delete', old.id, ${fold('old.quote')}, ${fold('old.speaker')});
        INSERT INTO statements_fts(rowid, quote, speaker) VALUES (new.id, ${fold('new.quote')}, ${fold('new.speaker')});
      END;
    `)
  },
}
