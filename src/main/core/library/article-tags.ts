import type { Statement } from 'better-sqlite3'
import type { Tag } from '../../../shared/api'
import type { Db } from '../db/open'

interface TagLinkRow {
  articleId: number
  id: number
  name: string
  color: string
}

/** The tags of a set of articles (one page of results), each with its article count. */
export class ArticleTags {
  private readonly links: Statement
  private readonly counts: Statement

  constructor(db: Db) {
    this.links = db.prepare(`
      SELECT at.article_id AS articleId, t.id, t.name, t.color
      FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id IN (SELECT value FROM json_each(?))
      ORDER BY t.name COLLATE NOCASE`)
    // Counted once per distinct tag, not per article: a big tag costs one index range scan.
    this.counts = db.prepare(`
      SELECT tag_id AS id, count(*) AS n FROM article_tags
      WHERE tag_id IN (SELECT value FROM json_each(?)) GROUP BY tag_id`)
  }

  of(articleIds: readonly number[]): Map<number, Tag[]> {
    const byArticle = new Map<number, Tag[]>()
    if (articleIds.length === 0) return byArticle
    const links = this.links.all(JSON.stringify(articleIds)) as TagLinkRow[]
    if (links.length === 0) return byArticle
    const tagIds = [...new Set(links.map((l) => l.id))]
    const counts = new Map((this.counts.all(JSON.stringify(tagIds)) as { id: number; n: number }[]).map((r) => [r.id, r.n]))
    for (const { articleId, ...tag } of links) {
      const list = byArticle.get(articleId) ?? []
      list.push({ ...tag, articleCount: counts.get(tag.id) ?? 0 })
      byArticle.set(articleId, list)
    }
    return byArticle
  }
}
