import { sql, type SqlFragment } from '../db/sql'

/**
 * The statements of an event, as a subquery of statement ids: those listed for it and every
 * statement of its articles (also ones extracted later), minus those the analyst took out,
 * never rejected ones.
 */
export function eventStatementIds(eventId: number): SqlFragment {
  return sql`SELECT s.id FROM statements s
    WHERE s.review_state <> 'rejected'
      AND (s.id IN (SELECT statement_id FROM event_statements WHERE event_id = ${eventId} AND excluded = 0)
        OR s.article_id IN (SELECT article_id FROM event_articles WHERE event_id = ${eventId}))
      AND s.id NOT IN (SELECT statement_id FROM event_statements WHERE event_id = ${eventId} AND excluded = 1)`
}
