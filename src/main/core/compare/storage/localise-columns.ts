/** Column names in the report's language: actors by their names per language, persons by theirs. */
import { columnPersonId, type CompareActor } from '../../../../shared/api/compare'
import { actorNamesIn } from '../../actors/actor-names'
import type { Db } from '../../db/open'

/** A person's first name as written in a language ("Maria Sacharowa" in German), from persons.names. */
function personNamesIn(db: Db, ids: readonly string[], language: string): Map<string, string> {
  if (!ids.length) return new Map()
  const rows = db.prepare('SELECT id, names FROM persons WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; names: string | null }[]
  const out = new Map<string, string>()
  for (const r of rows) {
    try {
      const name = (JSON.parse(r.names ?? '{}') as Partial<Record<string, string[]>>)[language]?.[0]
      if (name) out.set(r.id, name)
    } catch {
      // A malformed names column keeps the name of record.
    }
  }
  return out
}

/**
 * The columns with their names in `language`: an actor's name there (the analyst's over the shipped one),
 * a person's first name in that language, and the body of a person's office likewise; what has no name
 * in the language keeps its name of record.
 */
export function localiseColumns<T extends CompareActor>(db: Db, columns: readonly T[], language: string): T[] {
  const personIds = columns.map((c) => columnPersonId(c.id)).filter((id): id is string => id !== null)
  const bodyIds = [...new Set(columns.flatMap((c) => (columnPersonId(c.id) ? (c.person?.actorId ? [c.person.actorId] : []) : [c.id])))]
  const bodies = actorNamesIn(db, bodyIds, language)
  const persons = personNamesIn(db, personIds, language)
  return columns.map((c) => {
    const personId = columnPersonId(c.id)
    if (personId === null) return { ...c, name: bodies.get(c.id) ?? c.name }
    const person = c.person && c.person.actorId ? { ...c.person, actorName: bodies.get(c.person.actorId) ?? c.person.actorName } : c.person
    return { ...c, name: persons.get(personId) ?? c.name, ...(person ? { person } : {}) }
  })
}
