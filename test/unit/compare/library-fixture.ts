/**
 * A library in memory with articles, actors and statements for the comparison tests.
 * Migrations 003–005 are applied even before they are registered.
 */
import { migrate } from '../../../src/main/core/db/migrate'
import type { Migration } from '../../../src/main/core/db/migration'
import { migrations } from '../../../src/main/core/db/migrations'
import { m003Statements } from '../../../src/main/core/db/migrations/003-statements'
import { m004FetchJobs } from '../../../src/main/core/db/migrations/004-fetch-jobs'
import { m005EventsComparisons } from '../../../src/main/core/db/migrations/005-events-comparisons'
import { openDatabase, type Db } from '../../../src/main/core/db/open'
import { ArticleStore } from '../../../src/main/core/library/article-store'

export function openTestLibrary(): { db: Db; articles: ArticleStore } {
  const db = openDatabase(':memory:')
  const all = [...migrations]
  const add = (m: Migration) => {
    if (!all.some((x) => x.version === m.version)) all.push(m)
  }
  if (!all.some((m) => m.version === 2)) throw new Error('the actors schema (002) is needed')
  add(m003Statements)
  add(m004FetchJobs)
  add(m005EventsComparisons)
  migrate(db, all)
  const stamp = '2022-01-01T00:00:00Z'
  const actor = db.prepare(
    `INSERT OR IGNORE INTO actors (id, name, kind, country, origin, search_key, created_at, updated_at) VALUES (?, ?, 'foreign-ministry', ?, 'seed', ?, ?, ?)`,
  )
  for (const [id, name, country] of [
    ['ru-mfa', 'Ministry of Foreign Affairs of Russia', 'ru'],
    ['by-mfa', 'Ministry of Foreign Affairs of Belarus', 'by'],
    ['kz-mfa', 'Ministry of Foreign Affairs of Kazakhstan', 'kz'],
  ]) {
    actor.run(id, name, country, name.toLowerCase(), stamp, stamp)
  }
  return { db, articles: new ArticleStore(db, ':memory:') }
}

let counter = 0

/** Adds an article with a capture; returns its id. */
export function addArticle(articles: ArticleStore, a: { title: string; text: string; publishedAt: string | null; language: string; url?: string }): number {
  counter++
  const url = a.url ?? `https://news.example/${counter}`
  const result = articles.add(
    {
      title: a.title,
      byline: null,
      siteName: 'Example News',
      url,
      publishedAt: a.publishedAt,
      language: a.language,
      excerpt: null,
      cleanHtml: `<p>${a.text}</p>`,
      text: a.text,
      wordCount: a.text.split(/\s+/).length,
      mediaType: 'text/html',
    },
    { bytes: new TextEncoder().encode(`<html>${counter}${a.text}</html>`), fileName: `a${counter}.html`, capturedAt: '2022-01-20T08:00:00.000Z' },
    'test',
  )
  if (result.status !== 'imported') throw new Error(`fixture article not imported: ${result.status}`)
  return result.articleId
}

/** Adds a statement for the part of the article text given by `quote`; returns its id. */
export function addStatement(
  db: Db,
  articleId: number,
  actorId: string | null,
  quote: string,
  options: { kind?: string; review?: string; note?: string } = {},
): number {
  const text = db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`quote not in article ${articleId}: ${quote}`)
  return db
    .prepare(
      `INSERT INTO statements (article_id, actor_id, quote, kind, start_offset, end_offset, review_state, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(articleId, actorId, quote, options.kind ?? 'direct', start, start + quote.length, options.review ?? 'unreviewed', options.note ?? null) as number
}
