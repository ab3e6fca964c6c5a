import type { Statement } from 'better-sqlite3'
import type { JobItem } from '../../../shared/api/jobs'
import type { Db } from '../db/open'

export type ItemStatus = JobItem['status']

export interface SeenItem {
  status: ItemStatus
  attempts: number
  articleId: number | null
}

/**
 * What each job has seen (feed items by GUID, pages by URL) and which article each became, so a
 * re-run, a restart or another feed carrying the same story does not fetch or import it again.
 */
export class JobItems {
  private readonly selectSeen: Statement
  private readonly upsert: Statement
  private readonly selectByUrl: Statement
  private readonly selectArticleByUrl: Statement
  private readonly selectRecent: Statement

  constructor(db: Db) {
    this.selectSeen = db.prepare('SELECT status, attempts, article_id AS articleId FROM fetch_job_items WHERE job_id = ? AND guid = ?')
    this.upsert = db.prepare(`
      INSERT INTO fetch_job_items (job_id, guid, url, content_hash, article_id, status, attempts, error, first_seen_at, updated_at)
      VALUES (@jobId, @guid, @url, @contentHash, @articleId, @status, 1, @error, @now, @now)
      ON CONFLICT (job_id, guid) DO UPDATE SET
        url = coalesce(excluded.url, url), content_hash = coalesce(excluded.content_hash, content_hash),
        article_id = coalesce(excluded.article_id, article_id), status = excluded.status,
        attempts = attempts + 1, error = excluded.error, updated_at = excluded.updated_at`)
    // Another job (or this one under another GUID) may already have imported the same link.
    this.selectByUrl = db.prepare(`
      SELECT article_id FROM fetch_job_items WHERE url = ? AND article_id IS NOT NULL
      AND article_id IN (SELECT id FROM articles) LIMIT 1`).pluck()
    this.selectArticleByUrl = db.prepare('SELECT id FROM articles WHERE canonical_url = ? OR url = ? LIMIT 1').pluck()
    this.selectRecent = db.prepare(`
      SELECT i.guid, i.url, a.title, i.status, a.id AS articleId, i.error, i.updated_at AS seenAt
      FROM fetch_job_items i LEFT JOIN articles a ON a.id = i.article_id
      WHERE i.job_id = ? ORDER BY i.updated_at DESC, i.id DESC LIMIT ?`)
  }

  seen(jobId: number, guid: string): SeenItem | null {
    return (this.selectSeen.get(jobId, guid) as SeenItem | undefined) ?? null
  }

  record(jobId: number, guid: string, item: { url: string | null; status: ItemStatus; articleId?: number | null; contentHash?: string | null; error?: string | null }, now = Date.now()): void {
    this.upsert.run({
      jobId, guid, now,
      url: item.url,
      status: item.status,
      articleId: item.articleId ?? null,
      contentHash: item.contentHash ?? null,
      error: item.error ?? null,
    })
  }

  /** The article already in the library for a (canonical) link, if any. */
  articleForUrl(canonicalUrl: string): number | null {
    return (this.selectByUrl.get(canonicalUrl) as number | undefined) ?? (this.selectArticleByUrl.get(canonicalUrl, canonicalUrl) as number | undefined) ?? null
  }

  recent(jobId: number, limit = 100): JobItem[] {
    return (this.selectRecent.all(jobId, limit) as (Omit<JobItem, 'seenAt'> & { seenAt: number })[]).map((r) => ({
      ...r,
      seenAt: new Date(r.seenAt).toISOString(),
    }))
  }
}
