import type { Statement } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import type { DiffPart, PageVersion, VersionDiff } from '../../../shared/api/jobs'
import type { Db } from '../db/open'
import { countWords, diffTexts } from './text-diff'

interface VersionRow {
  id: number
  jobId: number
  fetchedAt: number
  url: string
  title: string | null
  wordCount: number
  addedWords: number
  removedWords: number
  articleId: number | null
}

const COLUMNS = `id, job_id AS jobId, fetched_at AS fetchedAt, url, title, word_count AS wordCount,
  added_words AS addedWords, removed_words AS removedWords,
  CASE WHEN article_id IN (SELECT id FROM articles) THEN article_id END AS articleId`

/**
 * The fingerprint that decides whether a watched page changed: its extracted text with
 * whitespace normalised. Unlike the library's duplicate hash it keeps case and punctuation,
 * since a changed "?" or a capital can change a statement.
 */
export function versionHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/gu, ' ').trim()).digest('hex')
}

/** Each changed version of a watched page, with its diff against the one before. */
export class PageVersions {
  private readonly selectLatest: Statement
  private readonly insert: Statement
  private readonly selectForJob: Statement
  private readonly selectOne: Statement
  private readonly selectPrevious: Statement

  constructor(db: Db) {
    this.selectLatest = db.prepare('SELECT id, hash, text FROM page_versions WHERE job_id = ? ORDER BY id DESC LIMIT 1')
    this.insert = db.prepare(`
      INSERT INTO page_versions (job_id, fetched_at, url, title, hash, text, word_count, diff, added_words, removed_words, article_id)
      VALUES (@jobId, @fetchedAt, @url, @title, @hash, @text, @wordCount, @diff, @addedWords, @removedWords, @articleId) RETURNING id`).pluck()
    this.selectForJob = db.prepare(`SELECT ${COLUMNS} FROM page_versions WHERE job_id = ? ORDER BY id DESC`)
    this.selectOne = db.prepare(`SELECT ${COLUMNS}, text, diff FROM page_versions WHERE id = ?`)
    this.selectPrevious = db.prepare(`SELECT ${COLUMNS} FROM page_versions WHERE job_id = ? AND id < ? ORDER BY id DESC LIMIT 1`)
  }

  latest(jobId: number): { id: number; hash: string; text: string } | null {
    return (this.selectLatest.get(jobId) as { id: number; hash: string; text: string } | undefined) ?? null
  }

  /** Stores `text` as the job's newest version unless it equals the latest; returns the new id or null. */
  addIfChanged(jobId: number, page: { url: string; title: string | null; text: string; articleId: number | null }, now = Date.now()): number | null {
    const hash = versionHash(page.text)
    const previous = this.latest(jobId)
    if (previous?.hash === hash) return null
    const diff = previous ? diffTexts(previous.text, page.text) : null
    return this.insert.get({
      jobId, hash,
      fetchedAt: now,
      url: page.url,
      title: page.title,
      text: page.text,
      wordCount: countWords(page.text),
      diff: diff ? JSON.stringify(diff.parts.map((p) => [p.op, p.text])) : null,
      addedWords: diff?.addedWords ?? 0,
      removedWords: diff?.removedWords ?? 0,
      articleId: page.articleId,
    }) as number
  }

  list(jobId: number): PageVersion[] {
    return (this.selectForJob.all(jobId) as VersionRow[]).map(toVersion)
  }

  diff(versionId: number): VersionDiff | null {
    const row = this.selectOne.get(versionId) as (VersionRow & { text: string; diff: string | null }) | undefined
    if (!row) return null
    const previous = this.selectPrevious.get(row.jobId, row.id) as VersionRow | undefined
    const parts: DiffPart[] = row.diff
      ? (JSON.parse(row.diff) as [DiffPart['op'], string][]).map(([op, text]) => ({ op, text }))
      : [{ op: '=', text: row.text }]
    return { version: toVersion(row), previous: previous ? toVersion(previous) : null, parts }
  }
}

function toVersion(row: VersionRow): PageVersion {
  return {
    id: row.id,
    jobId: row.jobId,
    fetchedAt: new Date(row.fetchedAt).toISOString(),
    url: row.url,
    title: row.title,
    wordCount: row.wordCount,
    addedWords: row.addedWords,
    removedWords: row.removedWords,
    articleId: row.articleId,
  }
}
