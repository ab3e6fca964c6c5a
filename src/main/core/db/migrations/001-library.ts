import type { Migration } from '../migration'

/** SQL folding ß/ẞ → ss/SS and ё/Ё → е/Е, written out here so this migration never changes. */
const fold = (column: string) => `replace(replace(replace(replace(${column}, 'ß', 'ss'), 'ẞ', 'SS'), 'ё', 'е'), 'Ё', 'Е')`

/** Articles with their original capture, sources, tags and the full-text index. */
export const m001Library: Migration = {
  version: 1,
  name: 'library',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        domain TEXT NOT NULL UNIQUE,
        name TEXT
      );

      -- The imported bytes, compressed, addressed by the SHA-256 of the uncompressed bytes.
      CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        compression TEXT NOT NULL,
        bytes BLOB NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT,
        file_name TEXT,
        captured_at TEXT NOT NULL
      );

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        capture_id INTEGER REFERENCES captures(id) ON DELETE SET NULL,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        byline TEXT,
        site_name TEXT,
        url TEXT,
        canonical_url TEXT,
        published_at TEXT,
        language TEXT,
        excerpt TEXT,
        word_count INTEGER NOT NULL DEFAULT 0,
        clean_html TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL,
        origin TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE UNIQUE INDEX articles_text_hash ON articles(text_hash);
      -- Article rows are wide (text, clean HTML), so search never reads them to filter or sort:
      -- each sort order has an index that also covers the filter columns (walked in order, filtered
      -- in the index), and articles_facets covers the filters for rows found by full-text search.
      -- Import order is id order, so sorting by import time needs no index of its own.
      CREATE INDEX articles_published_at ON articles(published_at, id, language, source_id);
      CREATE INDEX articles_title ON articles(title COLLATE NOCASE, id, published_at, language, source_id);
      CREATE INDEX articles_facets ON articles(id, published_at, language, source_id);
      CREATE INDEX articles_source ON articles(source_id);
      CREATE INDEX articles_language ON articles(language);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL
      );
      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

      -- remove_diacritics 2 folds Latin diacritics (ä/é → a/e). What it leaves, ß/ẞ → ss and ё → е, is folded
      -- by the triggers, and queries are folded the same way (core/library/search-fold.ts). The foldings
      -- map letters to letters, so token positions match the unfolded text and snippet() can cut
      -- snippets from the original text in articles. FTS5's 'rebuild' and content-checking
      -- 'integrity-check' (rank 1) read the unfolded text and so do not apply to this index:
      -- rebuild it by deleting and re-inserting the rows through the triggers.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, ${fold('new.title')}, ${fold('new.text')});
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.id, ${fold('old.title')}, ${fold('old.text')});
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.id, ${fold('old.title')}, ${fold('old.text')});
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, ${fold('new.title')}, ${fold('new.text')});
      END;
    `)
  },
}
