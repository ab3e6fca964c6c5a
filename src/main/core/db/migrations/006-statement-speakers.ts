import type { Migration } from '../migration'

/** ß/ẞ → ss/SS and ё/Ё → е/Е, as in the article index (core/library/search-fold.ts), written out so this never changes. */
const fold = (column: string) => `replace(replace(replace(replace(${column}, 'ß', 'ss'), 'ẞ', 'SS'), 'ё', 'е'), 'Ё', 'Е')`
const FTS_COLUMNS = ['quote', 'speaker', 'speaker_referent']
const folded = (prefix: string) => FTS_COLUMNS.map((c) => fold(`${prefix}.${c}`)).join(', ')

/**
 * Who a statement's speaker is, as the engine sees it: the speaker mention's offsets in the article text
 * (`speaker` keeps the mention as written), whom it refers to ("er" → "Herbert Diess"), the news agency that
 * carried it (the channel, not the speaker) and the reasons for all of it (a JSON array of sentences, shown
 * on hover). Existing statements get no span, referent or channel and no reasons until extraction runs again.
 *
 * `statements_triage` indexes what the "needs a speaker" triage queue asks: the review state, whether anybody
 * is named for the statement (an actor or a speaker as written) and the confidence. The statement text index
 * also covers the referent, so "Diess" finds what "er" said.
 */
export const m006StatementSpeakers: Migration = {
  version: 6,
  name: 'statement-speakers',
  up(db) {
    db.exec(`
      ALTER TABLE statements ADD COLUMN speaker_start INTEGER CHECK (speaker_start IS NULL OR speaker_start >= 0);
      ALTER TABLE statements ADD COLUMN speaker_end INTEGER
        CHECK ((speaker_end IS NULL) = (speaker_start IS NULL) AND (speaker_end IS NULL OR speaker_end >= speaker_start));
      ALTER TABLE statements ADD COLUMN speaker_referent TEXT;
      ALTER TABLE statements ADD COLUMN channel TEXT;
      ALTER TABLE statements ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(reasons) AND json_type(reasons) = 'array');
      -- The triage queue: unreviewed statements nobody is named for, or below the confidence threshold
      -- (statement-store.ts writes the same expression, so this index covers its count).
      CREATE INDEX statements_triage ON statements(review_state, (actor_id IS NOT NULL OR speaker IS NOT NULL), confidence);

      DROP TRIGGER statements_fts_insert;
      DROP TRIGGER statements_fts_delete;
      DROP TRIGGER statements_fts_update;
      DROP TABLE statements_fts;
      CREATE VIRTUAL TABLE statements_fts USING fts5(
        ${FTS_COLUMNS.join(', ')},
        content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      INSERT INTO statements_fts(rowid, ${FTS_COLUMNS.join(', ')}) SELECT s.id, ${folded('s')} FROM statements s;
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, ${FTS_COLUMNS.join(', ')}) VALUES (new.id, ${folded('new')});
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, ${FTS_COLUMNS.join(', ')}) VALUES ('delete', old.id, ${folded('old')});
      END;
      CREATE TRIGGER statements_fts_update AFTER UPDATE OF ${FTS_COLUMNS.join(', ')} ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, ${FTS_COLUMNS.join(', ')}) VALUES ('delete', old.id, ${folded('old')});
        INSERT INTO statements_fts(rowid, ${FTS_COLUMNS.join(', ')}) VALUES (new.id, ${folded('new')});
      END;
    `)
  },
}
