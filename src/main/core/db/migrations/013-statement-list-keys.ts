import type { Migration } from '../migration'

/** The article's keys a statement is listed, sorted and counted by, copied from its article. */
const KEYS = '(article_date, article_published, article_language)'
const KEYS_OF = (articleId: string) => `(SELECT coalesce(published_at, imported_at), published_at, language FROM articles WHERE id = ${articleId})`

/** What the Statements view's filters read besides the sort keys: in the index, no statement row is read to test them. */
const FILTERED = 'review_state, confidence, actor_id, speaker, kind, article_language, article_published'

/**
 * The Statements view at 100,000 articles (issue 12, `npm run bench -- scale`): a statement carries its
 * article's date (publication, else import), publication date and language, kept by triggers, so that
 * - counts under a language or date filter read the statements alone instead of joining every article
 *   (0.8–2 s), through `statements_language` and `statements_published`;
 * - a page in date or confidence order walks one index in that order and stops once it is full
 *   (`statements_date_desc`, `statements_date_asc`, `statements_confidence`), each holding the columns
 *   the filters test, so a deep offset is skipped inside the index;
 * - an actor's statements are counted and filtered inside `statements_actor`, which keeps its
 *   (actor_id, article_id) prefix for the queries that used it.
 */
export const m013StatementListKeys: Migration = {
  version: 13,
  name: 'statement-list-keys',
  up(db, progress) {
    db.exec(`
      ALTER TABLE statements ADD COLUMN article_date TEXT;
      ALTER TABLE statements ADD COLUMN article_published TEXT;
      ALTER TABLE statements ADD COLUMN article_language TEXT;
    `)
    // Copying the keys and building the six indexes each pass over every statement (about 40 s at
    // 250,000 statements): progress counts those passes' rows, the copy in batches of ids.
    const total = db.prepare('SELECT count(*) FROM statements').pluck().get() as number
    const all = total * (1 + INDEXES.length)
    let done = 0
    progress?.(0, all, UNIT)
    const batchEnd = db.prepare(`SELECT max(id) FROM (SELECT id FROM statements WHERE id > ? ORDER BY id LIMIT ${BATCH})`).pluck()
    const copy = db.prepare(`UPDATE statements SET ${KEYS} = ${KEYS_OF('statements.article_id')} WHERE id > ? AND id <= ?`)
    for (let after = 0, end = batchEnd.get(after) as number | null; end !== null; after = end, end = batchEnd.get(after) as number | null) {
      done += copy.run(after, end).changes
      progress?.(done, all, UNIT)
    }
    db.exec(`
      CREATE TRIGGER statements_list_keys AFTER INSERT ON statements BEGIN
        UPDATE statements SET ${KEYS} = ${KEYS_OF('new.article_id')} WHERE id = new.id;
      END;
      CREATE TRIGGER statements_list_keys_moved AFTER UPDATE OF article_id ON statements BEGIN
        UPDATE statements SET ${KEYS} = ${KEYS_OF('new.article_id')} WHERE id = new.id;
      END;
      CREATE TRIGGER articles_statement_list_keys AFTER UPDATE OF published_at, imported_at, language ON articles BEGIN
        UPDATE statements SET ${KEYS} = (coalesce(new.published_at, new.imported_at), new.published_at, new.language) WHERE article_id = new.id;
      END;
      DROP INDEX statements_actor;
    `)
    for (const index of INDEXES) {
      db.exec(index)
      done += total
      progress?.(done, all, UNIT)
    }
  },
}

/** Statements whose keys are copied per step. */
const BATCH = 10_000
const UNIT = 'statement rows (keys copied, then six indexes)'

const INDEXES = [
  `CREATE INDEX statements_date_desc ON statements(article_date DESC, article_id DESC, start_offset, id, ${FILTERED})`,
  `CREATE INDEX statements_date_asc ON statements(article_date, article_id, start_offset, id, ${FILTERED})`,
  `CREATE INDEX statements_confidence ON statements(confidence DESC, article_date DESC, article_id DESC, start_offset, id, review_state, actor_id, speaker, kind, article_language, article_published)`,
  'CREATE INDEX statements_language ON statements(article_language, kind, review_state, confidence, actor_id, speaker)',
  'CREATE INDEX statements_published ON statements(article_published, review_state, confidence, actor_id, speaker, kind, article_language)',
  'CREATE INDEX statements_actor ON statements(actor_id, article_id, review_state, confidence, speaker, kind, article_language, article_published)',
]
