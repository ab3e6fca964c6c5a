import type { Migration } from '../migration'

/** SQL folding ß/ẞ → ss/SS and ё/Ё → е/Е, as in 001 and 009, written out here so this migration never changes. */
const fold = (column: string) => `replace(replace(replace(replace(${column}, 'ß', 'ss'), 'ẞ', 'SS'), 'ё', 'е'), 'Ё', 'Е')`
/** Articles re-indexed per step; progress is reported after each. */
const BATCH = 500
/**
 * The language column's one token: a private-use mark (U+E110, a token character like the stem
 * mark U+E10F) and the article's ISO 639-1 code, so it matches no word or stem of any text. Only
 * codes of two lowercase letters are indexed (the only ones the library stores); anything else
 * indexes nothing and is filtered the old way (core/library/search-filters.ts).
 */
const languageToken = (row: string) => `CASE WHEN ${row}.language GLOB '[a-z][a-z]' THEN char(57616) || ${row}.language END`

const columns = (row: string) =>
  `${fold(`${row}.title`)}, ${fold(`${row}.text`)}, parallax_stems(${row}.title, ${row}.language), ` +
  `parallax_stems(${row}.text, ${row}.language), ${languageToken(row)}`

/**
 * Search filtered by language without reading the articles (issue 12): the index gains a fifth
 * column holding the article's language as one marked token, so a language filter is one more
 * term of the MATCH, which FTS5 intersects with the words' entries inside the index, instead of a
 * lookup of every hit in articles_facets (10–17 ms for a word in 45,000 articles). The column
 * weighs nothing in bm25 (core/library/search.ts).
 *
 * Everything else is as in 009: the stems come from parallax_stems() in the triggers, also for
 * the 'delete' entries, and snippet() reads the content through articles_search_text. The index
 * is rebuilt as 009 does, in id order, a batch at a time.
 */
export const m015SearchLanguage: Migration = {
  version: 15,
  name: 'search-language',
  up(db, progress) {
    db.exec(`
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
      DROP VIEW articles_search_text;

      CREATE VIEW articles_search_text AS
        SELECT id, title, text, title AS title_stems, text AS text_stems, ${languageToken('articles')} AS language
        FROM articles;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, title_stems, text_stems, language,
        content='articles_search_text', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems, language) VALUES (new.id, ${columns('new')});
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, title_stems, text_stems, language)
          VALUES ('delete', old.id, ${columns('old')});
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, language ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, title_stems, text_stems, language)
          VALUES ('delete', old.id, ${columns('old')});
        INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems, language) VALUES (new.id, ${columns('new')});
      END;
    `)
    const total = db.prepare('SELECT count(*) FROM articles').pluck().get() as number
    const batchEnd = db.prepare(`SELECT max(id) FROM (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ${BATCH})`).pluck()
    const reindex = db.prepare(`
      INSERT INTO articles_fts(rowid, title, text, title_stems, text_stems, language)
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
