import type { Migration } from '../migration'

/**
 * Indexes that keep a large library quick (measured at 100,000 articles, `npm run bench -- scale`):
 * - `articles_capture`: the duplicate check by capture and deleting an article (is its capture still
 *   used?) looked up articles by capture_id with a scan of the whole table (171 ms and 450 ms).
 * - `articles_date`: the Statements view sorts by the article's date (its publication, else its import),
 *   so its first page had to read, join and sort every statement; with the articles in date order the
 *   query walks them newest first and stops once the page is full.
 */
export const m012ScaleIndexes: Migration = {
  version: 12,
  name: 'scale-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX articles_capture ON articles(capture_id) WHERE capture_id IS NOT NULL;
      CREATE INDEX articles_date ON articles(coalesce(published_at, imported_at), id);
    `)
  },
}
