import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../src/main/core/db/migrate'
import { migrations } from '../../../src/main/core/db/migrations'

let dir: string
let db: Database.Database

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-m004-'))
  db = new Database(join(dir, 'library.sqlite'))
  db.pragma('foreign_keys = ON')
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const now = 1_700_000_000_000
const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const addJob = (kind: string, url: string, interval: number | null = 3600) =>
  db.prepare('INSERT INTO fetch_jobs (kind, url, interval_seconds, once, created_at, next_run_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id').pluck().get(kind, url, interval, interval == null ? 1 : 0, now, now) as number
const addArticle = (id: number) =>
  db.prepare(`INSERT INTO articles (id, title, text, text_hash, origin, imported_at) VALUES (?, 'T', 'Text', ?, 'test', '2024-01-01T00:00:00Z')`).run(id, `h${id}`)

describe('migration 004 (fetch jobs)', () => {
  it('upgrades a version-3 library, keeping its articles, and creates the job tables', () => {
    expect(migrations.some((m) => m.version === 4 && m.name === 'fetch-jobs')).toBe(true)
    migrate(db, migrations, 3)
    addArticle(1)
    migrate(db, migrations)
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(4)
    expect(count('articles')).toBe(1)
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['fetch_jobs', 'fetch_job_tags', 'fetch_job_items', 'fetch_job_log', 'page_versions']))
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM fetch_jobs WHERE active = 1 AND next_run_at <= ?').all(now) as { detail: string }[]
    expect(plan.map((p) => p.detail).join()).toContain('fetch_jobs_due')
  })

  it('refuses unknown kinds and statuses, intervals under a minute and the same URL twice for one kind', () => {
    migrate(db, migrations)
    addJob('feed', 'https://m.example/rss')
    expect(() => addJob('feed', 'https://m.example/rss')).toThrow(/UNIQUE/)
    expect(addJob('url', 'https://m.example/rss')).toBeGreaterThan(0)
    expect(() => addJob('podcast', 'https://m.example/p')).toThrow(/CHECK/)
    expect(() => addJob('url', 'https://m.example/fast', 30)).toThrow(/CHECK/)
    expect(() => db.prepare(`UPDATE fetch_jobs SET status = 'exploded'`).run()).toThrow(/CHECK/)
    const job = addJob('feed', 'https://m.example/atom')
    const item = db.prepare(`INSERT INTO fetch_job_items (job_id, guid, status, first_seen_at, updated_at) VALUES (?, ?, ?, ?, ?)`)
    item.run(job, 'g1', 'imported', now, now)
    expect(() => item.run(job, 'g1', 'imported', now, now)).toThrow(/UNIQUE/)
    expect(() => item.run(job, 'g2', 'lost', now, now)).toThrow(/CHECK/)
  })

  it('deletes a job’s tags, items, log and versions with it, and never an article', () => {
    migrate(db, migrations)
    addArticle(7)
    const job = addJob('url', 'https://m.example/statement')
    const tag = db.prepare(`INSERT INTO tags (name, color) VALUES ('Genf', '#336699') RETURNING id`).pluck().get()
    db.prepare('INSERT INTO fetch_job_tags (job_id, tag_id) VALUES (?, ?)').run(job, tag)
    db.prepare(`INSERT INTO fetch_job_items (job_id, guid, article_id, status, first_seen_at, updated_at) VALUES (?, 'p', 7, 'imported', ?, ?)`).run(job, now, now)
    db.prepare(`INSERT INTO fetch_job_log (job_id, at, level, message) VALUES (?, ?, 'info', 'fetched')`).run(job, now)
    db.prepare(`INSERT INTO page_versions (job_id, fetched_at, url, hash, text, word_count, article_id) VALUES (?, ?, 'u', 'h', 'Text', 1, 7)`).run(job, now)
    expect(() => db.prepare(`INSERT INTO fetch_job_log (job_id, at, level, message) VALUES (?, ?, 'debug', 'x')`).run(job, now)).toThrow(/CHECK/)

    db.prepare('DELETE FROM fetch_jobs WHERE id = ?').run(job)
    for (const table of ['fetch_job_tags', 'fetch_job_items', 'fetch_job_log', 'page_versions']) expect(count(table)).toBe(0)
    expect(count('articles')).toBe(1)
    expect(count('tags')).toBe(1)
  })

  it('forgets a deleted article or tag in the job tables but keeps what the job saw', () => {
    migrate(db, migrations)
    addArticle(7)
    const job = addJob('feed', 'https://m.example/rss')
    const tag = db.prepare(`INSERT INTO tags (name, color) VALUES ('Ukraine', '#336699') RETURNING id`).pluck().get()
    db.prepare('INSERT INTO fetch_job_tags (job_id, tag_id) VALUES (?, ?)').run(job, tag)
    db.prepare(`INSERT INTO fetch_job_items (job_id, guid, article_id, status, first_seen_at, updated_at) VALUES (?, 'g', 7, 'imported', ?, ?)`).run(job, now, now)
    db.prepare(`INSERT INTO page_versions (job_id, fetched_at, url, hash, text, word_count, article_id) VALUES (?, ?, 'u', 'h', 'Text', 1, 7)`).run(job, now)
    db.prepare('DELETE FROM articles WHERE id = 7').run()
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag)
    expect(db.prepare('SELECT article_id FROM fetch_job_items').pluck().get()).toBeNull()
    expect(db.prepare('SELECT article_id FROM page_versions').pluck().get()).toBeNull()
    expect(count('fetch_job_items')).toBe(1)
    expect(count('fetch_job_tags')).toBe(0)
  })
})
