import type { Statement } from 'better-sqlite3'
import type { JobLogEntry } from '../../../shared/api/jobs'
import type { Db } from '../db/open'

/** Entries kept per job; older ones are dropped as new ones arrive. */
const KEEP = 500

/** Every run and every failure of a job, with its reason, newest first. */
export class JobLog {
  private readonly insert: Statement
  private readonly prune: Statement
  private readonly select: Statement

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO fetch_job_log (job_id, at, level, message, url) VALUES (?, ?, ?, ?, ?)')
    this.prune = db.prepare(`
      DELETE FROM fetch_job_log WHERE job_id = @jobId AND id <= (
        SELECT id FROM fetch_job_log WHERE job_id = @jobId ORDER BY id DESC LIMIT 1 OFFSET @keep)`)
    this.select = db.prepare('SELECT id, at, level, message, url FROM fetch_job_log WHERE job_id = ? ORDER BY id DESC LIMIT ?')
  }

  add(jobId: number, level: JobLogEntry['level'], message: string, url: string | null = null, now = Date.now()): void {
    const { lastInsertRowid } = this.insert.run(jobId, now, level, message, url)
    if (Number(lastInsertRowid) % 50 === 0) this.prune.run({ jobId, keep: KEEP })
  }

  list(jobId: number, limit = 200): JobLogEntry[] {
    return (this.select.all(jobId, limit) as (Omit<JobLogEntry, 'at'> & { at: number })[]).map((e) => ({ ...e, at: new Date(e.at).toISOString() }))
  }
}
