import type { CompareActor } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { invalid } from '../../events/errors'

/** The chosen actors, in the given order; an unknown id is an error naming it. */
export function compareActors(db: Db, ids: readonly string[]): CompareActor[] {
  const rows = db
    .prepare('SELECT id, name, country FROM actors WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as CompareActor[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length) throw invalid(`Unknown actor${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`)
  return ids.map((id) => byId.get(id)!)
}
