import type { Migration } from '../migration'

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
      CREATE INDEX articles_published_at ON articles(published_at);
      CREATE INDEX articles_imported_at ON articles(imported_at);
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

      -- remove_diacritics 2 folds ä/é/ё so "Aussenministerium"-style and Cyrillic searches match.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
    `)
  },
}
