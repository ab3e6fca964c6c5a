import type { Migration } from '../migration'

/** SQL folding ß/ẞ → ss/SS and ё/Ё → е/Е, as in 001, written out here so this migration never changes. */
const fold = (column: string) => `replace(replace(replace(replace(${column}, 'ß', 'ss'), 'ẞ', 'SS'), 'ё', 'е'), 'Ё', 'Е')`
/** Articles re-indexed per step; progress is reported after each. */
const BATCH = 500

const columns = (row: string) =>
  `${fold(`${row}.title`)}, ${fold(`${row}.text`)}, parallax_stems(${row}.title, ${row}.language), parallax_stems(${row}.text, ${row}.language)`

/**
 * Word forms in full-text search. The index gains two stem columns beside the exact (folded)
 * title and text: each word replaced by its Snowball stem in the article's language (marked, see
 * STEM_MARK in core/library/search-stems.ts), so that
 * "Unruhe" finds "Unruhen" while quoted words still match the exact columns only, and exact
 * forms rank higher (core/library/search-query.ts).
 *
 * Stems are not stored in `articles`: the triggers compute them with parallax_stems() (a function
 * every connection registers, core/library/search-functions.ts), also for the 'delete' entries, so
 * every write of a title, text or language keeps the index in step. snippet() reads the content
 * through the view articles_search_text, which hands out the article's own title and text for the
 * stem columns too: the stemmed text tokenizes into the same tokens at the same positions, so
 * snippets show (and mark) the words as written. FTS5's 'rebuild' would read those unstemmed
 * columns and so does not apply to this index; rebuild it as `up` does.
 */
export const m009SearchWordForms: Migration = {
  version: 9,
  name: 'search-word-forms',
  up(db, progress) {
    db.exec(`
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;

      CREATE VIEW articles_search_text AS
        SELECT id, title, text, title AS title_stems, text AS text_stems FROM articles;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, title_stems, text_stems,
        content='articles_search_text', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems) VALUES (new.id, ${columns('new')});
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, title_stems, text_stems)
          VALUES ('delete', old.id, ${columns('old')});
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, language ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, title_stems, text_stems)
          VALUES ('delete', old.id, ${columns('old')});
        INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems) VALUES (new.id, ${columns('new')});
      END;
    `)
    const total = db.prepare('SELECT count(*) FROM articles').pluck().get() as number
    // In id order, a batch at a time (RETURNING does not work on virtual tables, so the batch's
    // last id is looked up first).
    const batchEnd = db.prepare(`SELECT max(id) FROM (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ${BATCH})`).pluck()
    const reindex = db.prepare(`
      INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems)
      SELECT id, ${columns('a')} FROM articles a WHERE id > ? AND id <= ?`)
    let done = 0
    let after = 0
    progress?.(0, total)
    for (let end = batchEnd.get(after) as number | null; end !== null; end = batchEnd.get(after) as number | null) {
      done += reindex.run(after, end).changes
      after = end
      progress?.(Math.min(done, total), total)
    }
    // One merged index answers queries faster than the many segments a bulk insert leaves.
    if (total > 0) db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
  },
}
