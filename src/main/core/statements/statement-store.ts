/**
 * Statements in the library: reading them (one article, filtered lists), the engine's results merged in
 * (merge.ts), and the analyst's edits (actor, kind, span, review, note, tags, manual statements).
 * Spans are kept as offsets plus a quote selector (anchor.ts).
 */
import type { Statement } from 'better-sqlite3'
import {
  ATTRIBUTION_THRESHOLD,
  type ManualStatementInput,
  type ReviewState,
  type StatementCounts,
  type StatementFilter,
  type StatementKind,
  type StatementListItem,
  type StatementPage,
  type StatementPatch,
  type StatementRecord,
  type StatementSort,
  type Tag,
} from '../../../shared/api'
import type { Db } from '../db/open'
import { sql, type SqlFragment } from '../db/sql'
import { UntilChanged } from '../db/until-changed'
import { LibraryError, notFound } from '../library/errors'
import { StatementCache } from '../library/statement-cache'
import type { TagStore } from '../library/tag-store'
import { quoteSelector, reanchor } from './anchor'
import type { ExistingStatement, MergePlan } from './merge'
import { PageSeeks, sortKeyColumns } from './page-seeks'
import { statementTextQuery } from './statement-text-query'
import type { StatementCandidate } from './types'

interface Row {
  id: number
  articleId: number
  actorId: string | null
  actorName: string | null
  personId: string | null
  personName: string | null
  speaker: string | null
  speakerStart: number | null
  speakerEnd: number | null
  speakerReferent: string | null
  channel: string | null
  /** JSON array of strings. */
  reasons: string
  quote: string
  prefix: string
  suffix: string
  start: number
  end: number
  kind: StatementKind
  cue: string | null
  confidence: number
  needsReview: number
  origin: 'auto' | 'manual'
  review: ReviewState
  corrected: number
  note: string | null
  createdAt: string
  updatedAt: string
}

interface ListRow extends Row {
  /** The article's date as the statement carries it (a sort key). */
  sortDate: string
  title: string
  siteName: string | null
  publishedAt: string | null
  language: string | null
}

const COLUMNS = `s.id, s.article_id AS articleId, s.actor_id AS actorId, act.name AS actorName,
  s.person_id AS personId, per.name AS personName, s.speaker,
  s.speaker_start AS speakerStart, s.speaker_end AS speakerEnd, s.speaker_referent AS speakerReferent, s.channel, s.reasons, s.quote,
  s.prefix, s.suffix, s.start_offset AS start, s.end_offset AS "end", s.kind, s.cue, s.confidence,
  s.needs_review AS needsReview, s.origin, s.review_state AS review, s.corrected, s.note,
  s.created_at AS createdAt, s.updated_at AS updatedAt`
const FROM = 'FROM statements s LEFT JOIN actors act ON act.id = s.actor_id LEFT JOIN persons per ON per.id = s.person_id'
/** A page's rows with what the list shows of them; the page's ids are chosen first (see list). */
const LIST_FROM = sql.raw(
  `FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors act ON act.id = s.actor_id
   LEFT JOIN persons per ON per.id = s.person_id LEFT JOIN sources src ON src.id = a.source_id`,
)
/**
 * The index that holds the statements in each order, with the columns the filters test (migration 013):
 * a page is read from it in order, skipping its offset inside the index, and the query stops once the page
 * is full, instead of sorting every match. Ascending confidence has none and is sorted.
 */
const WALK_INDEX: Partial<Record<StatementSort, string>> = {
  'date-desc': 'statements_date_desc',
  'date-asc': 'statements_date_asc',
  'confidence-desc': 'statements_confidence',
}
/**
 * Below this many matches sorting them all is cheaper than walking the index in order until the page
 * is full (a rare actor's statements may be spread over the whole library).
 */
const WALK_FROM = 1000
/**
 * Each walked order read backwards (the same index scanned from its other end): a page past the middle
 * of its list skips from the end, so a jump to any offset reads at most half the list's index entries.
 */
const REVERSED: Partial<Record<StatementSort, string>> = {
  'date-desc': 's.article_date, s.article_id, s.start_offset DESC, s.id DESC',
  'date-asc': 's.article_date DESC, s.article_id DESC, s.start_offset DESC, s.id DESC',
  'confidence-desc': 's.confidence, s.article_date, s.article_id, s.start_offset DESC, s.id DESC',
}
const MAX_PAGE = 500
/** Is anybody named for the statement? Written exactly as in the statements_triage index (migration 006), so that index serves the queue. */
const NAMED = sql.raw('(s.actor_id IS NOT NULL OR s.speaker IS NOT NULL)')
/** The article's date (its publication, else its import), carried by the statement (migration 013). */
const DATE = 's.article_date'
const ORDER: Record<StatementSort, string> = {
  'date-desc': `${DATE} DESC, s.article_id DESC, s.start_offset, s.id`,
  'date-asc': `${DATE}, s.article_id, s.start_offset, s.id`,
  'confidence-desc': `s.confidence DESC, ${DATE} DESC, s.article_id DESC, s.start_offset, s.id`,
  'confidence-asc': `s.confidence, ${DATE} DESC, s.article_id DESC, s.start_offset, s.id`,
}

/** The engine's person, where the library knows them (an index from the shipped seed may name one it does not). */
const KNOWN_PERSON = '(SELECT id FROM persons WHERE id = @personId)'

/** What re-anchoring a kept statement needs. */
export interface KeptStatement {
  id: number
  start: number
  quote: string
  prefix: string
  suffix: string
  speaker: string | null
  speakerStart: number | null
  speakerEnd: number | null
}

export interface StoredCandidate extends StatementCandidate {
  origin?: 'auto' | 'manual'
  review?: ReviewState
  note?: string | null
}

export class StatementStore {
  private readonly cache: StatementCache
  private readonly counted: UntilChanged<number>
  private readonly countedTogether: UntilChanged<StatementCounts>
  private readonly seeks: PageSeeks
  private readonly byArticle: Statement
  private readonly byId: Statement
  private readonly insertRow: Statement
  private readonly refreshRow: Statement
  private readonly moveRow: Statement
  private readonly deleteRow: Statement
  private readonly articleRow: Statement
  private readonly actorExists: Statement
  private readonly byActor: Statement
  private readonly byPerson: Statement
  private readonly personExists: Statement
  private readonly runRow: Statement
  private readonly link: Statement
  private readonly unlink: Statement
  private readonly tagsOf: Statement

  constructor(
    private readonly db: Db,
    private readonly tags: TagStore,
  ) {
    this.cache = new StatementCache(db)
    this.counted = new UntilChanged(db)
    this.countedTogether = new UntilChanged(db)
    this.seeks = new PageSeeks(db)
    this.byArticle = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE s.article_id = ? ORDER BY s.start_offset, s.end_offset, s.id`)
    this.byId = db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE s.id = ?`)
    this.insertRow = db
      .prepare(
        `INSERT INTO statements (article_id, actor_id, person_id, speaker, speaker_start, speaker_end, speaker_referent, channel, reasons,
           quote, prefix, suffix, start_offset, end_offset, kind, cue, confidence, needs_review, origin, review_state, note)
         VALUES (@articleId, @actorId, ${KNOWN_PERSON}, @speaker, @speakerStart, @speakerEnd, @referent, @channel, @reasons,
           @quote, @prefix, @suffix, @start, @end, @kind, @cue, @confidence, @needsReview, @origin, @review, @note) RETURNING id`,
      )
      .pluck()
    this.refreshRow = db.prepare(
      `UPDATE statements SET actor_id = @actorId, person_id = ${KNOWN_PERSON}, speaker = @speaker, speaker_start = @speakerStart, speaker_end = @speakerEnd,
         speaker_referent = @referent, channel = @channel, reasons = @reasons, quote = @quote, prefix = @prefix, suffix = @suffix,
         start_offset = @start, end_offset = @end, kind = @kind, cue = @cue, confidence = @confidence,
         needs_review = @needsReview, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id = @id`,
    )
    this.moveRow = db.prepare(
      `UPDATE statements SET start_offset = ?, end_offset = ?, prefix = ?, suffix = ?, speaker_start = ?, speaker_end = ?
       WHERE id = ? AND (start_offset <> ? OR end_offset <> ?)`,
    )
    this.deleteRow = db.prepare('DELETE FROM statements WHERE id = ?')
    this.articleRow = db.prepare('SELECT text, language, published_at AS publishedAt FROM articles WHERE id = ?')
    this.actorExists = db.prepare('SELECT 1 FROM actors WHERE id = ?').pluck()
    this.byActor = db.prepare('SELECT actor_id AS actorId, count(*) AS n FROM statements WHERE actor_id IS NOT NULL GROUP BY actor_id')
    this.byPerson = db.prepare('SELECT person_id AS personId, count(*) AS n FROM statements WHERE person_id IS NOT NULL GROUP BY person_id')
    this.personExists = db.prepare('SELECT 1 FROM persons WHERE id = ?').pluck()
    this.runRow = db.prepare(
      `INSERT INTO statement_runs (article_id, engine, extracted_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
       ON CONFLICT (article_id) DO UPDATE SET engine = excluded.engine, extracted_at = excluded.extracted_at`,
    )
    this.link = db.prepare('INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT value, ? FROM json_each(?)')
    this.unlink = db.prepare('DELETE FROM statement_tags WHERE tag_id = ? AND statement_id IN (SELECT value FROM json_each(?))')
    this.tagsOf = db.prepare(
      `SELECT st.statement_id AS statementId, t.id, t.name, t.color,
         (SELECT count(*) FROM article_tags at WHERE at.tag_id = t.id) AS articleCount
       FROM statement_tags st JOIN tags t ON t.id = st.tag_id WHERE st.statement_id IN (SELECT value FROM json_each(?))
       ORDER BY t.name COLLATE NOCASE`,
    )
  }

  /**
   * A write transaction, begun IMMEDIATE: a deferred one that reads first and writes later cannot
   * wait for another process's write (SQLite answers "database is locked" at once), an immediate
   * one waits up to the busy timeout.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate()
  }

  article(articleId: number): { text: string; language: string | null; publishedAt: string | null } {
    const row = this.articleRow.get(articleId) as { text: string; language: string | null; publishedAt: string | null } | undefined
    if (!row) throw notFound(`Article ${articleId}`)
    return row
  }

  forArticle(articleId: number): StatementRecord[] {
    return this.withTags(this.byArticle.all(articleId) as Row[]).map(toRecord)
  }

  get(id: number): StatementRecord | null {
    const row = this.byId.get(id) as Row | undefined
    return row ? this.withTags([row]).map(toRecord)[0] : null
  }

  require(id: number): StatementRecord {
    const found = this.get(id)
    if (!found) throw notFound(`Statement ${id}`)
    return found
  }

  /** A page of statements matching the filter (the queue, the analyst's filters) in the order asked for, and their total. */
  list(filter: StatementFilter): StatementPage {
    const total = this.count(filter)
    const limit = Math.min(filter.limit ?? 100, MAX_PAGE)
    const sort = filter.sort ?? 'date-desc'
    const offset = filter.offset ?? 0
    const index = total >= WALK_FROM ? WALK_INDEX[sort] : undefined
    // A date range also bounds a walk by date (implied by the range on published_at, so the rows are the same).
    const range = sort === 'date-desc' || sort === 'date-asc' ? walkRange(filter) : []
    const matching = sql.join([...conditions(filter), ...range], ' AND ', '1')
    // Where an earlier page of this list ended at or before the offset, continue after its last row.
    const list = JSON.stringify([sort, matching.text, matching.params])
    const seek = this.seeks.seek(list, sort, offset)
    const where = seek ? sql`${matching} AND ${seek.after}` : matching
    const from = sql.raw(index ? `FROM statements s INDEXED BY ${index}` : 'FROM statements s')
    // The page's ids first, from the statements alone (skipping an offset reads index entries, not rows
    // and their joins), then the page's rows with their articles, actors and persons. Past the middle
    // of the list (and with no nearer page end known) the index is walked from its end.
    const skip = seek ? seek.skip : offset
    const fromEnd = index && REVERSED[sort] && skip > total - offset
    const ids = fromEnd
      ? sql`SELECT s.id ${from} WHERE ${matching} ORDER BY ${sql.raw(REVERSED[sort]!)} LIMIT ${Math.min(limit, total - offset)} OFFSET ${Math.max(0, total - offset - limit)}`
      : sql`SELECT s.id ${from} WHERE ${where} ORDER BY ${sql.raw(ORDER[sort])} LIMIT ${limit} OFFSET ${skip}`
    // An offset at or past the end has no rows; nothing is walked to find that out.
    const rows =
      offset >= total
        ? []
        : this.cache.all<ListRow>(
            sql`SELECT ${sql.raw(COLUMNS)}, s.article_date AS sortDate, a.title, coalesce(a.site_name, src.name) AS siteName, a.published_at AS publishedAt, a.language
              ${LIST_FROM}
              WHERE s.id IN (${ids})
              ORDER BY ${sql.raw(ORDER[sort])}`,
          )
    const last = rows.at(-1)
    const keys = sortKeyColumns(sort)
    if (last && keys) this.seeks.remember(list, sort, offset + rows.length, keys.map((column) => sortKey(last, column)))
    const items: StatementListItem[] = this.withTags(rows).map((r) => ({
      ...toRecord(r),
      article: { id: r.articleId, title: r.title, siteName: r.siteName, publishedAt: r.publishedAt, language: r.language },
    }))
    return { items, total }
  }

  /** How many statements match the filter (its queue ignored): in all, attributed, and in the triage queue. */
  counts(filter: StatementFilter): StatementCounts {
    const rest = { ...filter, queue: undefined }
    if (isNarrowed(rest)) return this.countsTogether(rest)
    return {
      all: this.count(rest),
      attributed: this.count({ ...rest, queue: 'attributed' }),
      needsSpeaker: this.count({ ...rest, queue: 'needs-speaker' }),
    }
  }

  /** Statements per actor (through the statements_actor index). */
  countByActor(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const r of this.byActor.all() as { actorId: string; n: number }[]) out[r.actorId] = r.n
    return out
  }

  /** Statements per person (through the statements_person index). */
  countByPerson(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const r of this.byPerson.all() as { personId: string; n: number }[]) out[r.personId] = r.n
    return out
  }

  /** The three counts in one pass over the rows a narrowing filter picks (its index holds the queue's columns). */
  private countsTogether(filter: StatementFilter): StatementCounts {
    const [attributed, needsSpeaker] = (['attributed', 'needs-speaker'] as const).map((queue) => queueParts({ ...filter, queue })![0])
    const query = sql`SELECT count(*) AS "all", coalesce(sum(${attributed}), 0) AS attributed, coalesce(sum(${needsSpeaker}), 0) AS needsSpeaker
      FROM statements s WHERE ${sql.join(filterConditions(filter), ' AND ', '1')}`
    return this.countedTogether.get(JSON.stringify([query.text, query.params]), () => this.cache.all<StatementCounts>(query)[0])
  }

  /**
   * Counts read the statements alone: they carry their article's language and dates (migration 013).
   * A queue is counted in its disjoint parts (queueParts). Each count is kept until the library changes,
   * so turning the pages of one filter counts its matches once.
   */
  private count(filter: StatementFilter): number {
    const base = filterConditions(filter)
    let total = 0
    for (const part of queueParts(filter) ?? [null]) {
      const query = sql`SELECT count(*) FROM statements s WHERE ${sql.join(part ? [...base, part] : base, ' AND ', '1')}`
      total += this.counted.get(JSON.stringify([query.text, query.params]), () => this.cache.value<number>(query) ?? 0)
    }
    return total
  }

  /** The article's statements as the merge needs them. */
  existing(articleId: number): (ExistingStatement & KeptStatement)[] {
    return (this.byArticle.all(articleId) as Row[]).map((r) => ({
      id: r.id,
      start: r.start,
      end: r.end,
      origin: r.origin,
      review: r.review,
      corrected: r.corrected === 1,
      quote: r.quote,
      prefix: r.prefix,
      suffix: r.suffix,
      speaker: r.speaker,
      speakerStart: r.speakerStart,
      speakerEnd: r.speakerEnd,
    }))
  }

  /**
   * Applies a merge plan: new and found-again statements are written with everything the engine says (speaker
   * span, referent, channel, reasons); kept statements (the analyst's) stay as they are, only re-anchored to
   * the current text, their speaker span moving with the quote while it still holds the speaker.
   */
  apply(articleId: number, text: string, plan: MergePlan, kept: readonly KeptStatement[]): void {
    for (const id of plan.remove) this.deleteRow.run(id)
    for (const { id, candidate } of plan.update) this.refreshRow.run({ id, ...this.values(text, candidate) })
    for (const candidate of plan.insert) this.insert(articleId, text, candidate)
    for (const k of kept) {
      const at = reanchor(text, { exact: k.quote, prefix: k.prefix, suffix: k.suffix }, k.start)
      if (!at) continue
      const s = quoteSelector(text, at.start, at.end)
      const shift = at.start - k.start
      const holds = k.speakerStart !== null && k.speakerEnd !== null && text.slice(k.speakerStart + shift, k.speakerEnd + shift) === k.speaker
      const [speakerStart, speakerEnd] = holds ? [k.speakerStart! + shift, k.speakerEnd! + shift] : [null, null]
      this.moveRow.run(at.start, at.end, s.prefix, s.suffix, speakerStart, speakerEnd, k.id, at.start, at.end)
    }
  }

  insert(articleId: number, text: string, candidate: StoredCandidate): number {
    return this.insertRow.get({
      articleId,
      ...this.values(text, candidate),
      origin: candidate.origin ?? 'auto',
      review: candidate.review ?? 'unreviewed',
      note: candidate.note ?? null,
    }) as number
  }

  markRun(articleId: number, engine: number): void {
    this.runRow.run(articleId, engine)
  }

  createManual(input: ManualStatementInput): StatementRecord {
    return this.transaction(() => {
      const { text } = this.article(input.articleId)
      checkSpan(text, input.start, input.end)
      if (input.actorId) this.checkActor(input.actorId)
      if (input.personId) this.checkPerson(input.personId)
      const id = this.insert(input.articleId, text, {
        quote: text.slice(input.start, input.end),
        kind: input.kind ?? 'direct',
        start: input.start,
        end: input.end,
        cue: null,
        speaker: input.speaker ?? null,
        speakerStart: null,
        speakerEnd: null,
        referent: null,
        channel: null,
        personId: input.personId ?? null,
        actorId: input.actorId ?? null,
        reasons: ['marked by the analyst'],
        confidence: 1,
        needsReview: false,
        origin: 'manual',
        review: 'confirmed',
        note: input.note ?? null,
      })
      return this.require(id)
    })
  }

  /**
   * The analyst's edit. A new actor, kind or span marks the statement as corrected, so re-extraction keeps it;
   * choosing an actor (also the same one) confirms it unless the patch sets the review state itself.
   */
  update(id: number, patch: StatementPatch): StatementRecord {
    return this.transaction(() => {
      const current = this.require(id)
      const sets: SqlFragment[] = []
      let corrected = false
      if (patch.actorId !== undefined && patch.actorId !== (current.actor?.id ?? null)) {
        if (patch.actorId) this.checkActor(patch.actorId)
        sets.push(sql`actor_id = ${patch.actorId}`)
        corrected = true
      }
      if (patch.personId !== undefined && patch.personId !== (current.person?.id ?? null)) {
        if (patch.personId) this.checkPerson(patch.personId)
        sets.push(sql`person_id = ${patch.personId}`)
        corrected = true
      }
      // Choosing the actor or the person, even the one it had, is the analyst's review of the statement.
      const chosen = patch.actorId !== undefined || patch.personId !== undefined
      if (chosen && patch.review === undefined && current.review !== 'confirmed') sets.push(sql`review_state = 'confirmed'`)
      if (patch.kind !== undefined && patch.kind !== current.kind) {
        sets.push(sql`kind = ${patch.kind}`)
        corrected = true
      }
      if (patch.start !== undefined || patch.end !== undefined) {
        const start = patch.start ?? current.start
        const end = patch.end ?? current.end
        if (start !== current.start || end !== current.end) {
          const { text } = this.article(current.articleId)
          checkSpan(text, start, end)
          const s = quoteSelector(text, start, end)
          sets.push(sql`start_offset = ${start}, end_offset = ${end}, quote = ${s.exact}, prefix = ${s.prefix}, suffix = ${s.suffix}`)
          corrected = true
        }
      }
      if (patch.review !== undefined) sets.push(sql`review_state = ${patch.review}`)
      if (patch.note !== undefined) sets.push(sql`note = ${patch.note?.trim() ? patch.note : null}`)
      if (corrected) sets.push(sql`corrected = 1, needs_review = 0`)
      if (sets.length) {
        this.run(sql`UPDATE statements SET ${sql.join(sets, ', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${id}`)
      }
      return this.require(id)
    })
  }

  setReview(ids: readonly number[], state: ReviewState): number {
    const json = JSON.stringify([...new Set(ids)])
    return this.run(
      sql`UPDATE statements SET review_state = ${state}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
          WHERE id IN (SELECT value FROM json_each(${json})) AND review_state <> ${state}`,
    )
  }

  remove(id: number): void {
    this.require(id)
    this.deleteRow.run(id)
  }

  /** Tags statements by tag name (the library's tags), creating the tag when it is new. */
  addTag(ids: readonly number[], name: string): Tag {
    return this.transaction(() => {
      const json = this.checkIds(ids)
      const key = name.trim().toLowerCase()
      const tag = this.tags.list().find((t) => t.name.toLowerCase() === key) ?? this.tags.create(name)
      this.link.run(tag.id, json)
      return this.tags.get(tag.id)
    })
  }

  removeTag(ids: readonly number[], tagId: number): void {
    this.transaction(() => {
      this.tags.get(tagId)
      this.unlink.run(tagId, JSON.stringify([...new Set(ids)]))
    })
  }

  private values(text: string, c: StatementCandidate) {
    const s = quoteSelector(text, c.start, c.end)
    const speaker = nonEmpty(c.speaker)
    const span = speaker !== null && validSpan(text, c.speakerStart, c.speakerEnd)
    return {
      actorId: c.actorId,
      personId: c.personId ?? null,
      speaker,
      speakerStart: span ? c.speakerStart : null,
      speakerEnd: span ? c.speakerEnd : null,
      referent: nonEmpty(c.referent),
      channel: nonEmpty(c.channel),
      reasons: JSON.stringify((c.reasons ?? []).filter((r) => typeof r === 'string' && r.trim())),
      quote: s.exact,
      prefix: s.prefix,
      suffix: s.suffix,
      start: c.start,
      end: c.end,
      kind: c.kind,
      cue: c.cue,
      confidence: Math.max(0, Math.min(1, c.confidence)),
      needsReview: c.needsReview ? 1 : 0,
    }
  }

  /** A write built from fragments (few distinct shapes, so preparing each time costs little). */
  private run(fragment: SqlFragment): number {
    return this.db.prepare(fragment.text).run(...fragment.params).changes
  }

  private checkActor(actorId: string): void {
    if (!this.actorExists.get(actorId)) throw notFound(`Actor ${actorId}`)
  }

  private checkPerson(personId: string): void {
    if (!this.personExists.get(personId)) throw notFound(`Person ${personId}`)
  }

  private checkIds(ids: readonly number[]): string {
    const unique = [...new Set(ids)]
    const json = JSON.stringify(unique)
    const found = this.cache.value<number>(sql`SELECT count(*) FROM statements WHERE id IN (SELECT value FROM json_each(${json}))`) ?? 0
    if (found !== unique.length) throw new LibraryError('not-found', `${unique.length - found} of the ${unique.length} statements do not exist`)
    return json
  }

  private withTags<T extends Row>(rows: T[]): (T & { tags: Tag[] })[] {
    if (!rows.length) return []
    const byStatement = new Map<number, Tag[]>()
    for (const t of this.tagsOf.all(JSON.stringify(rows.map((r) => r.id))) as (Tag & { statementId: number })[]) {
      const { statementId, ...tag } = t
      const list = byStatement.get(statementId)
      if (list) list.push(tag)
      else byStatement.set(statementId, [tag])
    }
    return rows.map((r) => ({ ...r, tags: byStatement.get(r.id) ?? [] }))
  }
}

/** A list row's value of a sort key column (page-seeks.ts names them). */
function sortKey(row: ListRow, column: string): unknown {
  const field = { 's.article_date': row.sortDate, 's.article_id': row.articleId, 's.start_offset': row.start, 's.id': row.id, 's.confidence': row.confidence }
  if (!(column in field)) throw new Error(`no sort key ${column} in a list row`)
  return field[column as keyof typeof field]
}

function toRecord(r: Row & { tags: Tag[] }): StatementRecord {
  return {
    id: r.id,
    articleId: r.articleId,
    quote: r.quote,
    kind: r.kind,
    cue: r.cue,
    speaker: r.speaker,
    speakerStart: r.speakerStart,
    speakerEnd: r.speakerEnd,
    speakerReferent: r.speakerReferent,
    actor: r.actorId ? { id: r.actorId, name: r.actorName ?? r.actorId } : null,
    person: r.personId ? { id: r.personId, name: r.personName ?? r.personId } : null,
    channel: r.channel,
    reasons: parseReasons(r.reasons),
    start: r.start,
    end: r.end,
    prefix: r.prefix,
    suffix: r.suffix,
    confidence: r.confidence,
    needsReview: r.needsReview === 1,
    origin: r.origin,
    review: r.review,
    corrected: r.corrected === 1,
    note: r.note,
    tags: r.tags,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  return value?.trim() ? value : null
}

function validSpan(text: string, start: number | null | undefined, end: number | null | undefined): start is number {
  return Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && end! > start! && end! <= text.length
}

function parseReasons(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((r): r is string => typeof r === 'string') : []
  } catch {
    return []
  }
}

function checkSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new LibraryError('refused', `The selection ${start}–${end} is not within the article's text (0–${text.length})`)
  }
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) throw new LibraryError('refused', 'The selection holds no words')
}

/**
 * The filter's date range on the walked index's key: an article published in the range has its
 * publication date as that key, and a date whose first characters are at most `to` sorts before `to` +
 * U+FFFF. So these conditions keep every row the range keeps, and let the walk seek to the range.
 */
function walkRange(f: StatementFilter): SqlFragment[] {
  const out: SqlFragment[] = []
  if (f.from) out.push(sql`${sql.raw(DATE)} >= ${f.from}`)
  if (f.to) out.push(sql`${sql.raw(DATE)} <= ${`${f.to}\uffff`}`)
  return out
}

/** The filter's conditions with its queue as one condition. */
function conditions(f: StatementFilter): SqlFragment[] {
  const parts = queueParts(f)
  return parts ? [...filterConditions(f), parts.length === 1 ? parts[0] : sql`(${sql.join(parts.map((p) => sql`(${p})`), ' OR ')})`] : filterConditions(f)
}

/** The filter's conditions apart from its queue. */
function filterConditions(f: StatementFilter): SqlFragment[] {
  const out: SqlFragment[] = []
  if (f.articleId !== undefined) out.push(sql`s.article_id = ${f.articleId}`)
  if (f.actorIds?.length) out.push(sql`s.actor_id IN (SELECT value FROM json_each(${JSON.stringify(f.actorIds)}))`)
  if (f.personIds?.length) out.push(sql`s.person_id IN (SELECT value FROM json_each(${JSON.stringify(f.personIds)}))`)
  if (f.unattributed) out.push(sql`s.actor_id IS NULL`)
  if (f.kinds?.length) out.push(sql`s.kind IN (SELECT value FROM json_each(${JSON.stringify(f.kinds)}))`)
  if (f.review?.length) out.push(sql`s.review_state IN (SELECT value FROM json_each(${JSON.stringify(f.review)}))`)
  if (f.needsReview !== undefined) out.push(sql`s.needs_review = ${f.needsReview ? 1 : 0}`)
  if (f.origin) out.push(sql`s.origin = ${f.origin}`)
  if (f.tagId !== undefined) out.push(sql`s.id IN (SELECT statement_id FROM statement_tags WHERE tag_id = ${f.tagId})`)
  if (f.language) out.push(sql`s.article_language = ${f.language}`)
  if (f.from) out.push(sql`s.article_published >= ${f.from}`)
  if (f.to) out.push(sql`substr(s.article_published, 1, ${f.to.length}) <= ${f.to}`)
  const fts = textQuery(f)
  if (fts) out.push(sql`s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ${fts})`)
  return out
}

const textQuery = (f: StatementFilter) => (f.text ? statementTextQuery(f.text) : null)

/** Does an indexed filter pick the statements (rather than the queue)? */
const isNarrowed = (f: StatementFilter): boolean =>
  Boolean(f.actorIds?.length || f.personIds?.length || f.articleId !== undefined || f.tagId !== undefined || textQuery(f) || f.language || f.from || f.to)

/**
 * The queue as disjoint parts (a statement is unreviewed, confirmed or rejected: the table's CHECK), each a
 * range of statements_triage (review state, NAMED, confidence): counting the parts apart reads only the
 * rows of the queue (attributed: 88,000 of 250,000 in 8 ms instead of a 40 ms scan). When an indexed
 * filter picks few statements (an actor, a person, an article, a tag, words, a language or a date range,
 * whose indexes hold the queue's columns), one condition with `+` keeps SQLite on that filter's index
 * instead (it would read every unreviewed statement to count 20).
 */
function queueParts(f: StatementFilter): SqlFragment[] | null {
  if (!f.queue) return null
  const threshold = f.minConfidence ?? ATTRIBUTION_THRESHOLD
  const narrowed = isNarrowed(f)
  const review = sql.raw(narrowed ? '+s.review_state' : 's.review_state')
  const confidence = sql.raw(narrowed ? '+s.confidence' : 's.confidence')
  const parts =
    f.queue === 'attributed'
      ? [sql`${review} = 'confirmed'`, sql`${review} = 'unreviewed' AND ${NAMED} = 1 AND ${confidence} >= ${threshold}`]
      : [sql`${review} = 'unreviewed' AND ${NAMED} = 0`, sql`${review} = 'unreviewed' AND ${NAMED} = 1 AND ${confidence} < ${threshold}`]
  return narrowed ? [sql`(${sql.join(parts.map((p) => sql`(${p})`), ' OR ')})`] : parts
}
