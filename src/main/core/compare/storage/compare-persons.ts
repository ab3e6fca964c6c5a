/** Persons as comparison columns: who has statements in a scope, and the office a person's column shows. */
import { columnPersonId, personColumn, type ColumnPerson, type CompareActor, type CompareScope, type ScopePerson, type StatementCard } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { sql } from '../../db/sql'
import { scopeConditions } from './statement-cards'

interface OfficeRow {
  personId: string
  actorId: string
  actorName: string
  country: string | null
  role: string
  from: string
  to: string | null
}

/** The offices of these persons, earliest first. */
function officesOf(db: Db, personIds: readonly string[]): Map<string, OfficeRow[]> {
  const rows = db
    .prepare(
      `SELECT o.person_id AS personId, o.actor_id AS actorId, act.name AS actorName, act.country, o.role, o.valid_from AS "from", o.valid_to AS "to"
       FROM person_offices o JOIN actors act ON act.id = o.actor_id
       WHERE o.person_id IN (SELECT value FROM json_each(?)) ORDER BY o.valid_from, o.id`,
    )
    .all(JSON.stringify(personIds)) as OfficeRow[]
  const out = new Map<string, OfficeRow[]>()
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), r])
  return out
}

/** The office held on a day (compared by month, as offices are often dated so), else the latest one. */
function officeOn(offices: readonly OfficeRow[], day: string | null): OfficeRow | null {
  const month = day?.slice(0, 7)
  const held = month ? offices.filter((o) => o.from.slice(0, 7) <= month && (!o.to || o.to.slice(0, 7) >= month)) : []
  return held.at(-1) ?? offices.at(-1) ?? null
}

function columnPerson(id: string, office: OfficeRow | null): ColumnPerson {
  return { id, role: office?.role ?? null, actorId: office?.actorId ?? null, actorName: office?.actorName ?? null }
}

/** Persons with statements in a scope, most first, each with the office held at their latest statement there. */
export function personsInScope(db: Db, scope: CompareScope): ScopePerson[] {
  const q = sql`SELECT p.id, p.name, count(*) AS statements,
      min(substr(s.article_published, 1, 10)) AS firstDate, max(substr(s.article_published, 1, 10)) AS lastDate
    FROM statements s JOIN persons p ON p.id = s.person_id
    WHERE ${sql.join(scopeConditions(db, scope), ' AND ')}
    GROUP BY p.id ORDER BY statements DESC, p.name`
  const rows = db.prepare(q.text).all(...q.params) as { id: string; name: string; statements: number; firstDate: string | null; lastDate: string | null }[]
  const offices = officesOf(db, rows.map((r) => r.id))
  return rows.map(({ id, name, ...rest }) => {
    const office = officeOn(offices.get(id) ?? [], rest.lastDate)
    return { actor: { id: personColumn(id), name, country: office?.country ?? null, person: columnPerson(id, office) }, ...rest }
  })
}

/**
 * The person columns among the keys, by key: name, and the office at the person's latest card (or their latest
 * office). Unknown persons are left out; the caller names them.
 */
export function personColumns(db: Db, keys: readonly string[], cards: readonly Pick<StatementCard, 'personId' | 'date'>[] = []): Map<string, CompareActor> {
  const ids = keys.map(columnPersonId).filter((id): id is string => id !== null)
  if (!ids.length) return new Map()
  const names = db.prepare('SELECT id, name FROM persons WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; name: string }[]
  const offices = officesOf(db, ids)
  const latest = new Map<string, string>()
  for (const c of cards) if (c.personId && c.date && c.date > (latest.get(c.personId) ?? '')) latest.set(c.personId, c.date)
  return new Map(
    names.map(({ id, name }) => {
      const office = officeOn(offices.get(id) ?? [], latest.get(id) ?? null)
      return [personColumn(id), { id: personColumn(id), name, country: office?.country ?? null, person: columnPerson(id, office) }]
    }),
  )
}
