import type { Statement } from 'better-sqlite3'
import type { EventDetail, EventInput, EventSeed, EventSummary } from '../../../shared/api/compare'
import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { articleTagCondition, dateConditions, searchCondition, tagId } from './article-scope'
import { invalid, notFound } from './errors'
import { eventStatementIds } from './event-membership'

interface EventRow {
  id: number
  title: string
  description: string
  from: string | null
  to: string | null
  createdAt: string
  updatedAt: string
}

const EVENT_COLUMNS = `id, title, description, date_from AS "from", date_to AS "to", created_at AS createdAt, updated_at AS updatedAt`

/**
 * Events: a title, a date range, a description, and the articles and statements that belong to it.
 * Seeding from a tag, a search or a date range adds the matching articles (so their statements,
 * also those extracted later, belong to the event); seeding from statements adds just those.
 */
export class EventStore {
  private readonly selectAll: Statement
  private readonly selectOne: Statement
  private readonly insertEvent: Statement
  private readonly deleteEvent: Statement
  private readonly articleIds: Statement
  private readonly listStatement: Statement
  private readonly excludeStatement: Statement
  private readonly dropListed: Statement
  private readonly existingStatements: Statement
  private readonly touch: Statement

  constructor(private readonly db: Db) {
    this.selectAll = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY coalesce(date_from, created_at) DESC, id DESC`)
    this.selectOne = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = ?`)
    this.insertEvent = db
      .prepare('INSERT INTO events (title, description, date_from, date_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id')
      .pluck()
    this.deleteEvent = db.prepare('DELETE FROM events WHERE id = ?')
    this.articleIds = db.prepare('SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY article_id').pluck()
    this.listStatement = db.prepare(`INSERT INTO event_statements (event_id, statement_id, excluded) VALUES (?, ?, 0)
      ON CONFLICT (event_id, statement_id) DO UPDATE SET excluded = 0`)
    this.excludeStatement = db.prepare(`INSERT INTO event_statements (event_id, statement_id, excluded) VALUES (?, ?, 1)
      ON CONFLICT (event_id, statement_id) DO UPDATE SET excluded = 1`)
    this.dropListed = db.prepare(`DELETE FROM event_statements WHERE event_id = ? AND statement_id = ?
      AND NOT EXISTS (SELECT 1 FROM statements s JOIN event_articles ea ON ea.article_id = s.article_id
                      WHERE s.id = event_statements.statement_id AND ea.event_id = event_statements.event_id)`)
    this.existingStatements = db.prepare('SELECT id FROM statements WHERE id IN (SELECT value FROM json_each(?))').pluck()
    this.touch = db.prepare('UPDATE events SET updated_at = ? WHERE id = ?')
  }

  list(): EventSummary[] {
    return (this.selectAll.all() as EventRow[]).map((row) => this.summary(row))
  }

  get(id: number): EventDetail | null {
    const row = this.selectOne.get(id) as EventRow | undefined
    if (!row) return null
    return { ...this.summary(row), statementIds: this.statementIds(id), articleIds: this.articleIds.all(id) as number[] }
  }

  require(id: number): EventDetail {
    const event = this.get(id)
    if (!event) throw notFound(`Event ${id}`)
    return event
  }

  create(input: EventInput, seed?: EventSeed, now = new Date()): EventDetail {
    const title = cleanTitle(input.title)
    const from = input.from ?? (seed?.kind === 'dateRange' ? seed.from : null)
    const to = input.to ?? (seed?.kind === 'dateRange' ? seed.to : null)
    checkRange(from, to)
    return this.db.transaction(() => {
      const stamp = now.toISOString()
      const id = this.insertEvent.get(title, input.description?.trim() ?? '', from, to, stamp, stamp) as number
      if (seed) this.applySeed(id, seed)
      return this.require(id)
    })()
  }

  update(id: number, patch: Partial<EventInput>, now = new Date()): EventDetail {
    const current = this.require(id)
    const next = {
      title: patch.title === undefined ? current.title : cleanTitle(patch.title),
      description: patch.description === undefined ? current.description : patch.description.trim(),
      from: patch.from === undefined ? current.from : patch.from,
      to: patch.to === undefined ? current.to : patch.to,
    }
    checkRange(next.from, next.to)
    this.db
      .prepare('UPDATE events SET title = ?, description = ?, date_from = ?, date_to = ?, updated_at = ? WHERE id = ?')
      .run(next.title, next.description, next.from, next.to, now.toISOString(), id)
    return this.require(id)
  }

  delete(id: number): void {
    if (this.deleteEvent.run(id).changes === 0) throw notFound(`Event ${id}`)
  }

  addStatements(id: number, statementIds: number[], now = new Date()): EventDetail {
    this.require(id)
    this.db.transaction(() => {
      for (const sid of this.existing(statementIds)) this.listStatement.run(id, sid)
      this.touch.run(now.toISOString(), id)
    })()
    return this.require(id)
  }

  /** Takes statements out; one whose article belongs to the event stays out through an exclusion. */
  removeStatements(id: number, statementIds: number[], now = new Date()): EventDetail {
    this.require(id)
    this.db.transaction(() => {
      for (const sid of this.existing(statementIds)) {
        if (this.dropListed.run(id, sid).changes === 0) this.excludeStatement.run(id, sid)
      }
      this.touch.run(now.toISOString(), id)
    })()
    return this.require(id)
  }

  private applySeed(eventId: number, seed: EventSeed): void {
    if (seed.kind === 'statements') {
      const found = this.existing(seed.statementIds)
      if (found.length === 0) throw invalid('None of the chosen statements exists any more.')
      for (const sid of found) this.listStatement.run(eventId, sid)
      return
    }
    if (seed.kind === 'tag') {
      // Tagged articles bring all their statements; statements tagged on their own come along too.
      const tag = tagId(this.db, seed.tag)
      this.run(sql`INSERT OR IGNORE INTO event_articles (event_id, article_id) SELECT ${eventId}, a.id FROM articles a WHERE ${articleTagCondition(tag)}`)
      this.run(sql`INSERT OR IGNORE INTO event_statements (event_id, statement_id) SELECT ${eventId}, statement_id FROM statement_tags WHERE tag_id = ${tag}`)
      return
    }
    const conditions =
      seed.kind === 'search' ? [searchCondition(this.db, seed.query), ...dateConditions(seed.from, seed.to)] : dateConditions(seed.from, seed.to)
    this.run(sql`INSERT OR IGNORE INTO event_articles (event_id, article_id) SELECT ${eventId}, a.id FROM articles a WHERE ${sql.join(conditions, ' AND ')}`)
  }

  private run(q: SqlFragment): void {
    this.db.prepare(q.text).run(...q.params)
  }

  private existing(statementIds: number[]): number[] {
    return this.existingStatements.all(JSON.stringify(statementIds)) as number[]
  }

  private statementIds(id: number): number[] {
    const q = sql`${eventStatementIds(id)} ORDER BY s.id`
    return this.db.prepare(q.text).pluck().all(...q.params) as number[]
  }

  private summary(row: EventRow): EventSummary {
    const ids = sql`${eventStatementIds(row.id)}`
    const counts = sql`SELECT
      (SELECT count(*) FROM (${ids})) AS statementCount,
      (SELECT count(*) FROM (SELECT article_id FROM event_articles WHERE event_id = ${row.id}
        UNION SELECT article_id FROM statements WHERE id IN (${ids}))) AS articleCount`
    const { statementCount, articleCount } = this.db.prepare(counts.text).get(...counts.params) as {
      statementCount: number
      articleCount: number
    }
    return { ...row, statementCount, articleCount }
  }
}

function cleanTitle(title: string): string {
  const t = title.trim()
  if (!t) throw invalid('An event needs a title.')
  return t
}

function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw invalid(`The event’s range ends (${to}) before it starts (${from}).`)
}
