import type { Migration } from '../migration'

/**
 * Fetch jobs: URLs and feeds fetched on a schedule, what each has seen and imported, a log of
 * every run and failure, and the versions of watched pages. Times are epoch milliseconds.
 */
export const m004FetchJobs: Migration = {
  version: 4,
  name: 'fetch-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE fetch_jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('url', 'feed')),
        url TEXT NOT NULL,
        title TEXT,
        -- NULL: fetched once (once = 1); otherwise re-run this many seconds after a run.
        interval_seconds INTEGER CHECK (interval_seconds IS NULL OR interval_seconds >= 60),
        once INTEGER NOT NULL DEFAULT 0 CHECK (once IN (0, 1)),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        -- Outcome of the last run.
        status TEXT NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'ok', 'unchanged', 'retrying', 'gone', 'failed', 'done')),
        created_at INTEGER NOT NULL,
        last_run_at INTEGER,
        last_success_at INTEGER,
        next_run_at INTEGER,
        run_count INTEGER NOT NULL DEFAULT 0,
        article_count INTEGER NOT NULL DEFAULT 0,
        -- Articles imported since someone last looked at the job (the badge).
        unseen_count INTEGER NOT NULL DEFAULT 0,
        -- Consecutive failures: the exponent of the backoff.
        failure_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        etag TEXT,
        last_modified TEXT,
        -- Who runs the job now, and until when the claim holds unless renewed; a claim whose
        -- time has passed (a crashed run) may be taken over.
        lease_owner TEXT,
        lease_until INTEGER
      );
      CREATE UNIQUE INDEX fetch_jobs_kind_url ON fetch_jobs(kind, url);
      CREATE INDEX fetch_jobs_due ON fetch_jobs(next_run_at) WHERE active = 1;

      CREATE TABLE fetch_job_tags (
        job_id INTEGER NOT NULL REFERENCES fetch_jobs(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (job_id, tag_id)
      ) WITHOUT ROWID;

      -- What a job has seen: a feed item by its GUID (or link), a watched page by its URL.
      CREATE TABLE fetch_job_items (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES fetch_jobs(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT,
        content_hash TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        first_seen_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (job_id, guid)
      );
      CREATE INDEX fetch_job_items_url ON fetch_job_items(url) WHERE url IS NOT NULL;
      CREATE INDEX fetch_job_items_article ON fetch_job_items(article_id) WHERE article_id IS NOT NULL;

      CREATE TABLE fetch_job_log (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES fetch_jobs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('info', 'warn', 'error')),
        message TEXT NOT NULL,
        url TEXT
      );
      CREATE INDEX fetch_job_log_job ON fetch_job_log(job_id, id);

      -- Each changed version of a watched page, with a word diff against the one before.
      CREATE TABLE page_versions (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES fetch_jobs(id) ON DELETE CASCADE,
        fetched_at INTEGER NOT NULL,
        url TEXT NOT NULL,
        title TEXT,
        hash TEXT NOT NULL,
        text TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        -- JSON list of [op, text] with op '=' '+' '-'; NULL for the first version.
        diff TEXT,
        added_words INTEGER NOT NULL DEFAULT 0,
        removed_words INTEGER NOT NULL DEFAULT 0,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
      );
      CREATE INDEX page_versions_job ON page_versions(job_id, id);
    `)
  },
}
