import { columnPersonId, type CompareActor, type CompareScope, type ScopeActor, type StatementCard } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql, type SqlFragment } from '../../db/sql'
import { nextDay, searchCondition, tagId } from '../../events/article-scope'
import { eventStatementIds } from '../../events/event-membership'

interface CardRow extends Omit<StatementCard, 'date' | 'translation' | 'speaker'> {
  date: string | null
  speakerText: string | null
  speakerReferent: string | null
  personName: string | null
  personNames: string | null
}

/** The day a statement is dated by in a comparison: its article's publication day, when it is an ISO date. */
export const CARD_DAY = sql.raw(`CASE WHEN s.article_published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(s.article_published, 1, 10) END`)

/**
 * Statements that count for one of the columns: an actor's, or a person's (`person:<id>` keys). A kind
 * of column not chosen is left out of the condition: an OR keeps SQLite from reading an actor's
 * statements of a search's articles through `statements_actor` (a search over 100,000 articles took
 * twice as long with an always-false `person_id IN ()` beside it).
 */
export function chosenCondition(keys: readonly string[]): SqlFragment {
  const personIds = keys.map(columnPersonId).filter((id): id is string => id !== null)
  const actorIds = keys.filter((k) => columnPersonId(k) === null)
  const byActor = sql`s.actor_id IN (SELECT value FROM json_each(${JSON.stringify(actorIds)}))`
  const byPerson = sql`s.person_id IN (SELECT value FROM json_each(${JSON.stringify(personIds)}))`
  if (!personIds.length) return byActor
  if (!actorIds.length) return byPerson
  return sql`(${byActor} OR ${byPerson})`
}

/** The column index a statement stands in: its person's column where the person is one, else its body's. */
export function columnExpression(keys: readonly string[]): SqlFragment {
  const persons = keys.flatMap((k, i) => (columnPersonId(k) !== null ? [sql`WHEN s.person_id = ${columnPersonId(k)} THEN ${i}`] : []))
  const actors = keys.flatMap((k, i) => (columnPersonId(k) === null ? [sql`WHEN s.actor_id = ${k} THEN ${i}`] : []))
  return sql`CASE ${sql.join([...persons, ...actors], ' ')} END`
}

/**
 * The statement cards of a scope for the chosen columns: every statement in scope that is not rejected and
 * counts for one of the actors or is by one of the persons (`person:<id>` keys), with its article's provenance
 * (outlet, title, URL, publication date, capture date and SHA-256 of the captured bytes). A known person is
 * named in `locale`, the report's language, so one report calls Zakharova one thing whatever the article's language.
 * `narrower` conditions (on `statements s`) take a part of the scope: the rows of one page.
 */
export function statementCards(
  db: Db,
  scope: CompareScope,
  keys: readonly string[],
  locale: string = 'en',
  narrower: readonly SqlFragment[] = [],
): StatementCard[] {
  const conditions = [chosenCondition(keys), ...scopeConditions(db, scope), ...narrower]

  const q = sql`SELECT s.id AS statementId, s.actor_id AS actorId, s.quote, s.kind, s.start_offset AS start, s.end_offset AS "end",
      s.note, a.id AS articleId, a.title AS articleTitle, a.language,
      ${CARD_DAY} AS date,
      coalesce(a.site_name, src.name, src.domain) AS outlet, coalesce(a.url, a.canonical_url) AS url,
      a.published_at AS publishedAt, c.captured_at AS capturedAt, c.sha256 AS captureSha256,
      s.speaker AS speakerText, s.speaker_referent AS speakerReferent,
      s.person_id AS personId, p.name AS personName, p.names AS personNames
    FROM statements s JOIN articles a ON a.id = s.article_id
    LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN captures c ON c.id = a.capture_id
    LEFT JOIN persons p ON p.id = s.person_id
    WHERE ${sql.join(conditions, ' AND ')}
    ORDER BY a.published_at, a.id, s.start_offset`
  const rows = db.prepare(q.text).all(...q.params) as CardRow[]
  return rows.map(({ speakerText, speakerReferent, personName, personNames, ...r }) => ({
    ...r,
    note: r.note || null,
    translation: null,
    // A known person by their name in the report's language; else whom the text names, as written.
    speaker: personName ? nameIn(personNames, locale, personName) : personOf(speakerText, speakerReferent),
  }))
}

/** What the recurring phrases read of a card: its words and language, its column's keys and its place in time. */
export type PhraseSource = Pick<StatementCard, 'statementId' | 'actorId' | 'personId' | 'quote' | 'language' | 'date' | 'publishedAt' | 'articleId' | 'start'>

/** These statements' words, language, column keys and dates: the cards without their provenance, for the phrases. */
export function phraseSources(db: Db, statementIds: readonly number[]): PhraseSource[] {
  const q = sql`SELECT s.id AS statementId, s.actor_id AS actorId, s.person_id AS personId, s.quote, a.language, ${CARD_DAY} AS date,
      a.published_at AS publishedAt, s.article_id AS articleId, s.start_offset AS start
    FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id IN (SELECT value FROM json_each(${JSON.stringify(statementIds)}))`
  return db.prepare(q.text).all(...q.params) as PhraseSource[]
}

/** A person's display name in a language ("Maria Sacharowa" in German), else their name of record. */
function nameIn(namesJson: string | null, language: string | null, fallback: string): string {
  try {
    const names = JSON.parse(namesJson ?? '{}') as Partial<Record<string, string[]>>
    return (language && names[language]?.[0]) || fallback
  } catch {
    return fallback
  }
}

const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einer|the|a|an|this|that)$/iu

/**
 * Whose statement it is when a person spoke for the body: the person the speaker mention refers to ("er" →
 * "Sergej Lawrow"), or the mention itself when it is a name ("Maria Sacharowa"); null for the body itself.
 */
export function personOf(speaker: string | null, referent: string | null): string | null {
  if (referent) return referent
  if (!speaker) return null
  const words = speaker.trim().split(/\s+/u)
  // Two or three capitalised words and no determiner: a name, not "das Außenministerium" or "МИД России".
  const name = words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !DETERMINER.test(words[0])
  return name ? speaker.trim() : null
}

/**
 * Conditions on `statements s` alone: in scope and not rejected. The article's publication date is read
 * from the statement's copy of it (migration 013), so a scope is counted inside the statement indexes
 * without joining an article per statement.
 */
export function scopeConditions(db: Db, scope: CompareScope): SqlFragment[] {
  const conditions: SqlFragment[] = [sql`s.review_state <> 'rejected'`]
  if (scope.eventId !== undefined) conditions.push(sql`s.id IN (${eventStatementIds(scope.eventId)})`)
  if (scope.tag !== undefined) {
    const id = tagId(db, scope.tag)
    conditions.push(sql`(s.article_id IN (SELECT article_id FROM article_tags WHERE tag_id = ${id})
      OR s.id IN (SELECT statement_id FROM statement_tags WHERE tag_id = ${id}))`)
  }
  if (scope.query !== undefined) conditions.push(searchCondition(db, scope.query, 's.article_id'))
  if (scope.from) conditions.push(sql`s.article_published >= ${scope.from}`)
  if (scope.to) conditions.push(sql`s.article_published < ${nextDay(scope.to)}`)
  return conditions
}

/** Who speaks in a scope: every attributed actor with the number of statements and their date span, most first. */
export function actorsInScope(db: Db, scope: CompareScope): ScopeActor[] {
  const q = sql`SELECT act.id, act.name, act.country, count(*) AS statements,
      min(substr(s.article_published, 1, 10)) AS firstDate, max(substr(s.article_published, 1, 10)) AS lastDate
    FROM statements s JOIN actors act ON act.id = s.actor_id
    WHERE ${sql.join(scopeConditions(db, scope), ' AND ')}
    GROUP BY act.id ORDER BY statements DESC, act.name`
  const rows = db.prepare(q.text).all(...q.params) as (CompareActor & Omit<ScopeActor, 'actor'>)[]
  return rows.map(({ id, name, country, ...rest }) => ({ actor: { id, name, country }, ...rest }))
}
