import type { Statement } from 'better-sqlite3'
import type { SavedQuery, SavedSearch, SearchQuery } from '../../../shared/api'
import type { Db } from '../db/open'
import { LibraryError, notFound } from './errors'

interface Row {
  id: number
  name: string
  query: string
  createdAt: string
  openedAt: string | null
  seenArticleId: number
}

/** Counts the articles matching a query with an id above `afterId` (ArticleStore.countNewer). */
export type CountNewer = (query: SearchQuery, afterId: number) => number

const MAX_NAME = 120
const COLUMNS = 'id, name, query, created_at AS createdAt, opened_at AS openedAt, seen_article_id AS seenArticleId'

/**
 * Saved searches and their new articles. "New" is by article id (ids grow with import time): a
 * search remembers the newest article id when it was saved or last opened, and every matching
 * article above it, imported or fetched since, counts as new.
 */
export class SavedSearchStore {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly upsert: Statement
  private readonly markOpened: Statement
  private readonly deleteOne: Statement
  private readonly newestArticle: Statement

  constructor(
    db: Db,
    private readonly countNewer: CountNewer,
  ) {
    this.selectAll = db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE, id`)
    this.selectOne = db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`)
    // Saving under an existing name replaces that search (same id), as saving a file would.
    this.upsert = db.prepare(`
      INSERT INTO saved_searches (name, query, created_at, seen_article_id) VALUES (@name, @query, @now, @seen)
      ON CONFLICT (name) DO UPDATE SET name = excluded.name, query = excluded.query, seen_article_id = excluded.seen_article_id
      RETURNING id`)
    this.markOpened = db.prepare('UPDATE saved_searches SET opened_at = ?, seen_article_id = ? WHERE id = ?')
    this.deleteOne = db.prepare('DELETE FROM saved_searches WHERE id = ?')
    this.newestArticle = db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck()
  }

  list(): SavedSearch[] {
    return (this.selectAll.all() as Row[]).map((row) => this.toSaved(row))
  }

  get(id: number): SavedSearch {
    return this.toSaved(this.row(id))
  }

  save(name: string, query: SavedQuery): SavedSearch {
    const clean = name.trim().replace(/\s+/gu, ' ')
    if (!clean) throw new LibraryError('refused', 'A saved search needs a name')
    if (clean.length > MAX_NAME) throw new LibraryError('refused', `A saved search name can have at most ${MAX_NAME} characters`)
    const { id } = this.upsert.get({
      name: clean,
      query: JSON.stringify(savedQuery(query)),
      now: new Date().toISOString(),
      seen: this.newestArticle.get(),
    }) as { id: number }
    return this.get(id)
  }

  /** Opening a search shows all its articles, so none of them is new any more. */
  open(id: number): SavedSearch {
    this.row(id)
    this.markOpened.run(new Date().toISOString(), this.newestArticle.get(), id)
    return this.get(id)
  }

  remove(id: number): void {
    if (this.deleteOne.run(id).changes === 0) throw notFound(`Saved search ${id}`)
  }

  private row(id: number): Row {
    const row = this.selectOne.get(id) as Row | undefined
    if (!row) throw notFound(`Saved search ${id}`)
    return row
  }

  private toSaved({ seenArticleId, query, ...row }: Row): SavedSearch {
    const parsed = JSON.parse(query) as SavedQuery
    return { ...row, query: parsed, newCount: this.countNewer(parsed, seenArticleId) }
  }
}

/** Only the query's words and filters are kept, in a fixed shape; empty parts are left out. */
function savedQuery(q: SavedQuery): SavedQuery {
  const text = q.text?.trim()
  return {
    ...(text ? { text } : {}),
    ...(q.tagIds?.length ? { tagIds: q.tagIds } : {}),
    ...(q.sourceIds?.length ? { sourceIds: q.sourceIds } : {}),
    ...(q.languages?.length ? { languages: q.languages } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
  }
}
