import type { Statement } from 'better-sqlite3'
import type { Tag } from '../../../shared/api'
import type { FetchJob, JobKind, JobStatus } from '../../../shared/api/jobs'
import type { Db } from '../db/open'

/** A job row as the runner needs it (times in epoch ms). */
export interface JobRecord {
  id: number
  kind: JobKind
  url: string
  title: string | null
  intervalSeconds: number | null
  once: boolean
  active: boolean
  status: JobStatus
  createdAt: number
  lastRunAt: number | null
  lastSuccessAt: number | null
  nextRunAt: number | null
  runCount: number
  articleCount: number
  unseenCount: number
  failureCount: number
  lastError: string | null
  etag: string | null
  lastModified: string | null
  leaseOwner: string | null
  leaseUntil: number | null
}

/** What one run leaves on its job. */
export interface RunOutcome {
  status: JobStatus
  active: boolean
  nextRunAt: number | null
  failureCount: number
  lastError: string | null
  succeeded: boolean
  /** Articles imported by this run. */
  imported: number
  /** New validators; undefined keeps the stored ones. */
  etag?: string | null
  lastModified?: string | null
  /** A title for a job that has none yet (the feed's or page's). */
  title?: string | null
}

export interface NewJobRow {
  kind: JobKind
  url: string
  title: string | null
  intervalSeconds: number | null
}

const COLUMNS = `id, kind, url, title, interval_seconds AS intervalSeconds, once, active, status,
  created_at AS createdAt, last_run_at AS lastRunAt, last_success_at AS lastSuccessAt, next_run_at AS nextRunAt,
  run_count AS runCount, article_count AS articleCount, unseen_count AS unseenCount, failure_count AS failureCount,
  last_error AS lastError, etag, last_modified AS lastModified, lease_owner AS leaseOwner, lease_until AS leaseUntil`

type RawRecord = Omit<JobRecord, 'once' | 'active'> & { once: number; active: number }

const toRecord = (row: RawRecord): JobRecord => ({ ...row, once: row.once === 1, active: row.active === 1 })
const iso = (ms: number | null) => (ms == null ? null : new Date(ms).toISOString())

/**
 * The fetch_jobs table: jobs, their schedule and state, and the lease that makes sure one
 * process at a time runs a job, even with two app or CLI processes on one library file.
 */
export class JobStore {
  private readonly insert: Statement
  private readonly selectOne: Statement
  private readonly selectAll: Statement
  private readonly selectByUrl: Statement
  private readonly selectTags: Statement
  private readonly selectVersionCounts: Statement
  private readonly claim: Statement
  private readonly renewLease: Statement
  private readonly finishRun: Statement
  private readonly releaseLease: Statement
  private readonly selectNextWake: Statement
  private readonly deleteTags: Statement
  private readonly insertTag: Statement
  private readonly claimInTransaction: (owner: string, now: number, leaseMs: number, limit: number) => JobRecord[]

  constructor(private readonly db: Db) {
    this.insert = db.prepare(`
      INSERT INTO fetch_jobs (kind, url, title, interval_seconds, once, created_at, next_run_at)
      VALUES (@kind, @url, @title, @intervalSeconds, @once, @now, @now) RETURNING id`).pluck()
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM fetch_jobs WHERE id = ?`)
    this.selectByUrl = db.prepare('SELECT id, title FROM fetch_jobs WHERE kind = ? AND url = ?')
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM fetch_jobs ORDER BY coalesce(title, url) COLLATE NOCASE, id`)
    this.selectTags = db.prepare(`
      SELECT jt.job_id AS jobId, t.id, t.name, t.color,
        (SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id) AS articleCount
      FROM fetch_job_tags jt JOIN tags t ON t.id = jt.tag_id
      WHERE jt.job_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`)
    this.selectVersionCounts = db.prepare(`
      SELECT job_id AS jobId, count(*) AS n FROM page_versions
      WHERE job_id IN (SELECT value FROM json_each(?)) GROUP BY job_id`)
    // One statement picks and leases the due jobs: SQLite runs it under the write lock, so two
    // processes can never lease the same job; an expired lease (a crashed run) is taken over.
    this.claim = db.prepare(`
      UPDATE fetch_jobs SET lease_owner = @owner, lease_until = @until
      WHERE id IN (
        SELECT id FROM fetch_jobs
        WHERE active = 1 AND next_run_at <= @now AND (lease_owner IS NULL OR lease_until <= @now)
        ORDER BY next_run_at, id LIMIT @limit)
      RETURNING ${COLUMNS}`)
    this.renewLease = db.prepare(`
      UPDATE fetch_jobs SET lease_until = @until
      WHERE lease_owner = @owner AND id IN (SELECT value FROM json_each(@ids)) RETURNING id`).pluck()
    this.finishRun = db.prepare(`
      UPDATE fetch_jobs SET
        status = @status, active = @active, next_run_at = @nextRunAt, failure_count = @failureCount,
        last_error = @lastError, last_run_at = @now,
        last_success_at = CASE WHEN @succeeded THEN @now ELSE last_success_at END,
        run_count = run_count + 1,
        article_count = article_count + @imported, unseen_count = unseen_count + @imported,
        etag = CASE WHEN @keepValidators THEN etag ELSE @etag END,
        last_modified = CASE WHEN @keepValidators THEN last_modified ELSE @lastModified END,
        title = coalesce(title, @title),
        lease_owner = NULL, lease_until = NULL
      WHERE id = @id AND lease_owner = @owner`)
    this.releaseLease = db.prepare('UPDATE fetch_jobs SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?')
    this.selectNextWake = db.prepare(`
      SELECT min(CASE WHEN lease_owner IS NOT NULL AND lease_until > next_run_at THEN lease_until ELSE next_run_at END)
      FROM fetch_jobs WHERE active = 1 AND next_run_at IS NOT NULL`).pluck()
    this.deleteTags = db.prepare('DELETE FROM fetch_job_tags WHERE job_id = ?')
    this.insertTag = db.prepare('INSERT OR IGNORE INTO fetch_job_tags (job_id, tag_id) VALUES (?, ?)')
    this.claimInTransaction = db.transaction((owner: string, now: number, leaseMs: number, limit: number) =>
      (this.claim.all({ owner, now, until: now + leaseMs, limit }) as RawRecord[]).map(toRecord),
    )
  }

  create(job: NewJobRow, tagIds: readonly number[], now = Date.now()): number {
    return this.db.transaction(() => {
      const id = this.insert.get({ ...job, once: job.intervalSeconds == null ? 1 : 0, now }) as number
      this.setTags(id, tagIds)
      return id
    })()
  }

  record(id: number): JobRecord | null {
    const row = this.selectOne.get(id) as RawRecord | undefined
    return row ? toRecord(row) : null
  }

  view(id: number, now = Date.now()): FetchJob | null {
    const record = this.record(id)
    return record ? this.toViews([record], now)[0] : null
  }

  list(now = Date.now()): FetchJob[] {
    return this.toViews((this.selectAll.all() as RawRecord[]).map(toRecord), now)
  }

  findByUrl(kind: JobKind, url: string): { id: number; title: string | null } | null {
    return (this.selectByUrl.get(kind, url) as { id: number; title: string | null } | undefined) ?? null
  }

  /** Changes the given columns (names are the record's fields). */
  patch(id: number, fields: Partial<Pick<JobRecord, 'title' | 'url' | 'intervalSeconds' | 'active' | 'nextRunAt' | 'status' | 'failureCount' | 'lastError' | 'etag' | 'lastModified' | 'unseenCount'>>): void {
    const columns: Record<string, string> = {
      title: 'title', url: 'url', intervalSeconds: 'interval_seconds', active: 'active', nextRunAt: 'next_run_at',
      status: 'status', failureCount: 'failure_count', lastError: 'last_error', etag: 'etag', lastModified: 'last_modified',
      unseenCount: 'unseen_count',
    }
    const entries = Object.entries(fields).filter(([, v]) => v !== undefined)
    if (entries.length === 0) return
    const values: Record<string, unknown> = { id }
    const sets = entries.map(([key, value]) => {
      values[key] = typeof value === 'boolean' ? (value ? 1 : 0) : value
      return `${columns[key]} = @${key}`
    })
    if ('intervalSeconds' in fields) {
      sets.push('once = @once')
      values.once = fields.intervalSeconds == null ? 1 : 0
    }
    this.db.prepare(`UPDATE fetch_jobs SET ${sets.join(', ')} WHERE id = @id`).run(values)
  }

  setTags(id: number, tagIds: readonly number[]): void {
    this.deleteTags.run(id)
    for (const tagId of tagIds) this.insertTag.run(id, tagId)
  }

  tags(id: number): Tag[] {
    return (this.selectTags.all(JSON.stringify([id])) as (Tag & { jobId: number })[]).map(({ jobId: _, ...tag }) => tag)
  }

  remove(id: number): boolean {
    return this.db.prepare('DELETE FROM fetch_jobs WHERE id = ?').run(id).changes > 0
  }

  /** Leases up to `limit` due jobs for `owner`; they are its own until `now + leaseMs` unless renewed. */
  claimDue(owner: string, limit: number, leaseMs: number, now = Date.now()): JobRecord[] {
    if (limit <= 0) return []
    return this.claimInTransaction(owner, now, leaseMs, limit)
  }

  /** Extends the leases `owner` still holds; returns the ids it holds. */
  renew(owner: string, ids: readonly number[], leaseMs: number, now = Date.now()): Set<number> {
    return new Set(this.renewLease.all({ owner, ids: JSON.stringify(ids), until: now + leaseMs }) as number[])
  }

  /** Stores a run's outcome and frees the lease; false when the lease was lost meanwhile. */
  finish(id: number, owner: string, outcome: RunOutcome, now = Date.now()): boolean {
    const keepValidators = outcome.etag === undefined && outcome.lastModified === undefined
    return (
      this.finishRun.run({
        id, owner, now,
        status: outcome.status,
        active: outcome.active ? 1 : 0,
        nextRunAt: outcome.nextRunAt,
        failureCount: outcome.failureCount,
        lastError: outcome.lastError,
        succeeded: outcome.succeeded ? 1 : 0,
        imported: outcome.imported,
        keepValidators: keepValidators ? 1 : 0,
        etag: outcome.etag ?? null,
        lastModified: outcome.lastModified ?? null,
        title: outcome.title ?? null,
      }).changes > 0
    )
  }

  release(id: number, owner: string): void {
    this.releaseLease.run(id, owner)
  }

  /** When the next job becomes due (epoch ms), or null when none is scheduled. */
  nextWake(): number | null {
    return (this.selectNextWake.get() as number | null) ?? null
  }

  private toViews(records: JobRecord[], now: number): FetchJob[] {
    if (records.length === 0) return []
    const ids = JSON.stringify(records.map((r) => r.id))
    const tags = new Map<number, Tag[]>()
    for (const row of this.selectTags.all(ids) as (Tag & { jobId: number })[]) {
      const { jobId, ...tag } = row
      tags.set(jobId, [...(tags.get(jobId) ?? []), tag])
    }
    const versions = new Map((this.selectVersionCounts.all(ids) as { jobId: number; n: number }[]).map((r) => [r.jobId, r.n]))
    return records.map((r) => ({
      id: r.id,
      kind: r.kind,
      url: r.url,
      title: r.title,
      intervalSeconds: r.intervalSeconds,
      active: r.active,
      status: r.status,
      running: r.leaseOwner != null && (r.leaseUntil ?? 0) > now,
      tags: tags.get(r.id) ?? [],
      createdAt: iso(r.createdAt)!,
      lastRunAt: iso(r.lastRunAt),
      lastSuccessAt: iso(r.lastSuccessAt),
      nextRunAt: r.active ? iso(r.nextRunAt) : null,
      runCount: r.runCount,
      articleCount: r.articleCount,
      newCount: r.unseenCount,
      failureCount: r.failureCount,
      lastError: r.lastError,
      versionCount: versions.get(r.id) ?? 0,
    }))
  }
}
