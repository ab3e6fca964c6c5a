import type { Migration } from '../migration'

/**
 * The analyst's corrections to an article's metadata. The corrected values live in the article's own
 * columns (so search, lists, statements and exports need no join); `edited_fields` names the fields
 * the analyst set — a JSON array such as ["title","publishedAt"] — so re-extraction of metadata leaves
 * them alone and the app can mark them as edited.
 */
export const m008ArticleEdits: Migration = {
  version: 8,
  name: 'article-edits',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(edited_fields) AND json_type(edited_fields) = 'array');
    `)
  },
}
