import { columnPersonId, type CompareActor, type CompareScope, type ScopeActor, type StatementCard } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql, type SqlFragment } from '../../db/sql'
import { dateConditions, searchCondition, statementTagCondition, tagId } from '../../events/article-scope'
import { eventStatementIds } from '../../events/event-membership'

interface CardRow extends Omit<StatementCard, 'date' | 'translation' | 'speaker'> {
  date: string | null
  speakerText: string | null
  speakerReferent: string | null
  personName: string | null
  personNames: string | null
}

/**
 * The statement cards of a scope for the chosen columns: every statement in scope that is not rejected and
 * counts for one of the actors or is by one of the persons (`person:<id>` keys), with its article's provenance
 * (outlet, title, URL, publication date, capture date and SHA-256 of the captured bytes). A known person is
 * named in `locale`, the report's language, so one report calls Zakharova one thing whatever the article's language.
 */
export function statementCards(db: Db, scope: CompareScope, keys: readonly string[], locale: string = 'en'): StatementCard[] {
  const personIds = keys.map(columnPersonId).filter((id): id is string => id !== null)
  const actorIds = keys.filter((k) => columnPersonId(k) === null)
  const chosen = sql`(s.actor_id IN (SELECT value FROM json_each(${JSON.stringify(actorIds)}))
    OR s.person_id IN (SELECT value FROM json_each(${JSON.stringify(personIds)})))`
  const conditions = [chosen, ...scopeConditions(db, scope)]

  const q = sql`SELECT s.id AS statementId, s.actor_id AS actorId, s.quote, s.kind, s.start_offset AS start, s.end_offset AS "end",
      s.note, a.id AS articleId, a.title AS articleTitle, a.language,
      CASE WHEN a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(a.published_at, 1, 10) END AS date,
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

/** Conditions on `statements s` joined with `articles a`: in scope and not rejected. */
export function scopeConditions(db: Db, scope: CompareScope): SqlFragment[] {
  const conditions: SqlFragment[] = [sql`s.review_state <> 'rejected'`]
  if (scope.eventId !== undefined) conditions.push(sql`s.id IN (${eventStatementIds(scope.eventId)})`)
  if (scope.tag !== undefined) conditions.push(statementTagCondition(tagId(db, scope.tag)))
  if (scope.query !== undefined) conditions.push(searchCondition(scope.query))
  conditions.push(...dateConditions(scope.from, scope.to))
  return conditions
}

/** Who speaks in a scope: every attributed actor with the number of statements and their date span, most first. */
export function actorsInScope(db: Db, scope: CompareScope): ScopeActor[] {
  const q = sql`SELECT act.id, act.name, act.country, count(*) AS statements,
      min(substr(a.published_at, 1, 10)) AS firstDate, max(substr(a.published_at, 1, 10)) AS lastDate
    FROM statements s JOIN articles a ON a.id = s.article_id JOIN actors act ON act.id = s.actor_id
    WHERE ${sql.join(scopeConditions(db, scope), ' AND ')}
    GROUP BY act.id ORDER BY statements DESC, act.name`
  const rows = db.prepare(q.text).all(...q.params) as (CompareActor & Omit<ScopeActor, 'actor'>)[]
  return rows.map(({ id, name, country, ...rest }) => ({ actor: { id, name, country }, ...rest }))
}
