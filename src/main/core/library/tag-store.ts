import type { Statement } from 'better-sqlite3'
import type { Tag } from '../../../shared/api'
import type { Db } from '../db/open'
import { LibraryError, notFound } from './errors'
import { nextTagColor } from './tag-colors'

const COLOR = /^#[0-9a-f]{6}$/u

/** Tags (name and colour) and which articles carry them. Names are unique regardless of case. */
export class TagStore {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly selectNames: Statement
  private readonly selectColors: Statement
  private readonly insertTag: Statement
  private readonly updateName: Statement
  private readonly updateColor: Statement
  private readonly deleteTag: Statement
  private readonly moveLinks: Statement
  private readonly moveStatementLinks: Statement
  private readonly link: Statement
  private readonly unlink: Statement
  private readonly existingArticles: Statement
  private readonly inTransaction: <T>(work: () => T) => T

  constructor(private readonly db: Db) {
    const withCount = `SELECT t.id, t.name, t.color,
      (SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id) AS articleCount FROM tags t`
    this.selectAll = db.prepare(`${withCount} ORDER BY t.name COLLATE NOCASE`)
    this.selectOne = db.prepare(`${withCount} WHERE t.id = ?`)
    this.selectNames = db.prepare('SELECT id, name FROM tags')
    this.selectColors = db.prepare('SELECT color FROM tags').pluck()
    this.insertTag = db.prepare('INSERT INTO tags (name, color) VALUES (?, ?) RETURNING id').pluck()
    this.updateName = db.prepare('UPDATE tags SET name = ? WHERE id = ?')
    this.updateColor = db.prepare('UPDATE tags SET color = ? WHERE id = ?')
    this.deleteTag = db.prepare('DELETE FROM tags WHERE id = ?')
    this.moveLinks = db.prepare(`
      INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags WHERE tag_id = ?`)
    this.moveStatementLinks = db.prepare(`
      INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT statement_id, ? FROM statement_tags WHERE tag_id = ?`)
    this.link = db.prepare(`
      INSERT OR IGNORE INTO article_tags (article_id, tag_id)
      SELECT a.id, ? FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
    this.unlink = db.prepare(
      'DELETE FROM article_tags WHERE tag_id = ? AND article_id IN (SELECT value FROM json_each(?))',
    )
    this.existingArticles = db.prepare(
      'SELECT count(*) FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    ).pluck()
    this.inTransaction = (work) => db.transaction(work)()
  }

  list(): Tag[] {
    return this.selectAll.all() as Tag[]
  }

  get(id: number): Tag {
    const tag = this.selectOne.get(id) as Tag | undefined
    if (!tag) throw notFound(`Tag ${id}`)
    return tag
  }

  create(name: string, color?: string): Tag {
    return this.inTransaction(() => {
      const clean = cleanName(name)
      this.assertNameFree(clean)
      const id = this.insertTag.get(clean, color ? cleanColor(color) : nextTagColor(this.selectColors.all() as string[])) as number
      return this.get(id)
    })
  }

  rename(id: number, name: string): Tag {
    return this.inTransaction(() => {
      this.get(id)
      const clean = cleanName(name)
      this.assertNameFree(clean, id)
      this.updateName.run(clean, id)
      return this.get(id)
    })
  }

  recolor(id: number, color: string): Tag {
    return this.inTransaction(() => {
      this.get(id)
      this.updateColor.run(cleanColor(color), id)
      return this.get(id)
    })
  }

  /** Moves every article and statement of `sourceId` to `targetId`, then deletes `sourceId`. */
  merge(sourceId: number, targetId: number): Tag {
    if (sourceId === targetId) throw new LibraryError('refused', 'A tag cannot be merged into itself')
    return this.inTransaction(() => {
      this.get(sourceId)
      this.get(targetId)
      this.moveLinks.run(targetId, sourceId)
      this.moveStatementLinks.run(targetId, sourceId)
      this.deleteTag.run(sourceId)
      return this.get(targetId)
    })
  }

  remove(id: number): void {
    this.inTransaction(() => {
      this.get(id)
      this.deleteTag.run(id)
    })
  }

  /** Tags articles by tag name, creating the tag (case-insensitively matched) when it is new. */
  addToArticles(articleIds: number[], name: string): Tag {
    return this.inTransaction(() => {
      const json = this.assertArticlesExist(articleIds)
      const clean = cleanName(name)
      const existing = this.idByName(clean)
      const id = existing ?? this.create(clean).id
      this.link.run(id, json)
      return this.get(id)
    })
  }

  removeFromArticles(articleIds: number[], tagId: number): void {
    this.inTransaction(() => {
      this.get(tagId)
      this.unlink.run(tagId, JSON.stringify([...new Set(articleIds)]))
    })
  }

  private assertNameFree(name: string, exceptId?: number): void {
    const holder = this.idByName(name)
    if (holder !== undefined && holder !== exceptId) {
      throw new LibraryError('refused', `A tag named "${name}" already exists`)
    }
  }

  /** SQLite's NOCASE folds ASCII only; "Россия" and "россия" must be one tag too. */
  private idByName(name: string): number | undefined {
    const key = name.toLowerCase()
    return (this.selectNames.all() as { id: number; name: string }[]).find((t) => t.name.toLowerCase() === key)?.id
  }

  private assertArticlesExist(articleIds: number[]): string {
    const unique = [...new Set(articleIds)]
    const json = JSON.stringify(unique)
    const found = this.existingArticles.get(json) as number
    if (found !== unique.length) {
      throw new LibraryError('not-found', `${unique.length - found} of the ${unique.length} articles do not exist`)
    }
    return json
  }
}

function cleanName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/gu, ' ').trim()
  if (!clean) throw new LibraryError('refused', 'A tag needs a name')
  if (clean.length > 80) throw new LibraryError('refused', 'A tag name can have at most 80 characters')
  return clean
}

function cleanColor(color: string): string {
  const c = color.toLowerCase()
  if (!COLOR.test(c)) throw new LibraryError('refused', `"${color}" is not a colour as #rrggbb`)
  return c
}
