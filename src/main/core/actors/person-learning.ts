/**
 * Makes library persons of the people an article introduces with a title (statements/titled-persons.ts):
 * source 'text', with the role and body of the title as an office from the article's month, the article they
 * were learned from and the title as written.
 *
 * Reading again never duplicates anybody: a full name the library has stands for that person (a 'text' person
 * gains the office or an earlier start); a surname of a 'text' person at the same body with a compatible first
 * name ("Dmitri"/"Dmitry Peskov") is that person, with the new name form. The same surname at another body, or
 * with another first name, is somebody else. The analyst's decisions on learned names hold
 * (person_name_decisions): a deleted person's name makes nobody, a merged one's names its target.
 */
import type { Db } from '../db/open'
import type { TitledPerson } from '../statements/types'
import { titledId } from '../statements/titled-id'
import { searchKey } from './normalize'
import { sameFirstName } from './person-index'

interface Row {
  id: string
  names: string
  gender: 'f' | 'm' | null
  source: 'seed' | 'analyst' | 'text'
}

const MONTH = /^[12]\d{3}-(?:0[1-9]|1[0-2])/u

/** Folded full name: the key of the analyst's decisions and of matching across articles. */
export const nameKey = (name: string) => searchKey(name)

/**
 * Stores what the article's titles say; returns each titled person's library id by provisional id (null: the
 * analyst ruled the name out, or it stays ambiguous). `changed` is true when persons or offices were added.
 */
export function learnPersons(
  db: Db,
  articleId: number,
  date: string | null,
  found: readonly TitledPerson[],
  makeId: (name: string) => string,
  now = new Date(),
): { ids: Map<string, string | null>; changed: boolean } {
  const ids = new Map<string, string | null>()
  let changed = false
  if (!found.length) return { ids, changed }
  const at = now.toISOString()
  // Offices begin in the article's month; undated articles in the month they are read.
  const month = date && MONTH.test(date) ? date.slice(0, 7) : at.slice(0, 7)
  const rows = db.prepare("SELECT id, names, gender, source FROM persons").all() as Row[]
  const byFullName = new Map<string, Row[]>()
  for (const r of rows) {
    for (const name of new Set(Object.values(JSON.parse(r.names) as Record<string, string[]>).flat())) {
      const key = nameKey(name)
      byFullName.set(key, [...(byFullName.get(key) ?? []), r])
    }
  }
  const decision = db.prepare('SELECT person_id FROM person_name_decisions WHERE name_key = ?').pluck()
  const offices = db.prepare('SELECT id, actor_id AS actorId, role, valid_from AS "from" FROM person_offices WHERE person_id = ?')
  const insertOffice = db.prepare('INSERT INTO person_offices (person_id, actor_id, role, valid_from, valid_to) VALUES (?, ?, ?, ?, NULL)')
  const startEarlier = db.prepare('UPDATE person_offices SET valid_from = ? WHERE id = ? AND valid_from > ? AND (valid_to IS NULL OR valid_to >= ?)')
  const setNames = db.prepare('UPDATE persons SET names = ?, gender = coalesce(gender, ?), updated_at = ? WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO persons (id, name, names, gender, surname_alone, source, learned_article_id, learned_phrase, created_at, updated_at)
     VALUES (@id, @name, @names, @gender, 1, 'text', @articleId, @phrase, @at, @at)`,
  )

  /** A 'text' person holds the title's office from this month on (at the latest). */
  const holdOffice = (personId: string, p: TitledPerson) => {
    const held = (offices.all(personId) as { id: number; actorId: string; role: string; from: string }[]).find((o) => o.actorId === p.actorId && o.role === p.role)
    if (!held) {
      insertOffice.run(personId, p.actorId, p.role, month)
      changed = true
    } else if (startEarlier.run(month, held.id, month, month).changes) changed = true
  }

  found.forEach((p, i) => {
    const key = nameKey(p.name)
    const decided = decision.get(key) as string | null | undefined
    if (decided !== undefined) {
      ids.set(titledId(i), decided)
      return
    }
    const same = byFullName.get(key) ?? []
    if (same.length) {
      // Somebody the library knows by this full name; only a person learned from text learns offices from text.
      const only = same.length === 1 ? same[0] : null
      if (only?.source === 'text') holdOffice(only.id, p)
      ids.set(titledId(i), only?.id ?? null)
      return
    }
    const namesake = sameBodySurname(db, rows, p)
    if (namesake) {
      const names = JSON.parse(namesake.names) as Record<string, string[]>
      names[p.language] = [...(names[p.language] ?? []), p.name]
      setNames.run(JSON.stringify(names), p.gender, at, namesake.id)
      namesake.names = JSON.stringify(names)
      byFullName.set(key, [namesake])
      holdOffice(namesake.id, p)
      ids.set(titledId(i), namesake.id)
      changed = true
      return
    }
    const id = makeId(p.name)
    insert.run({ id, name: p.name, names: JSON.stringify({ [p.language]: [p.name] }), gender: p.gender, articleId, phrase: p.phrase, at })
    insertOffice.run(id, p.actorId, p.role, month)
    const row: Row = { id, names: JSON.stringify({ [p.language]: [p.name] }), gender: p.gender, source: 'text' }
    rows.push(row)
    byFullName.set(key, [row])
    ids.set(titledId(i), id)
    changed = true
  })
  return { ids, changed }
}

/** The one 'text' person with this surname and a compatible first name who holds a title at the same body. */
function sameBodySurname(db: Db, rows: readonly Row[], p: TitledPerson): Row | null {
  const parts = nameKey(p.name).split(' ')
  const surname = parts.at(-1)!
  const first = parts[0]
  const atBody = new Set(db.prepare('SELECT DISTINCT person_id FROM person_offices WHERE actor_id = ?').pluck().all(p.actorId) as string[])
  const matches = rows.filter(
    (r) =>
      r.source === 'text' &&
      atBody.has(r.id) &&
      Object.values(JSON.parse(r.names) as Record<string, string[]>)
        .flat()
        .some((n) => {
          const other = nameKey(n).split(' ')
          return other.at(-1) === surname && sameFirstName(other[0], first)
        }),
  )
  return matches.length === 1 ? matches[0] : null
}
