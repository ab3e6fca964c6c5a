import { columnPersonId, type CompareActor, type StatementCard } from '../../../../shared/api/compare'
import type { Db } from '../../db/open'
import { invalid } from '../../events/errors'
import { personColumns } from './compare-persons'

/**
 * The chosen columns, in the given order: actors by id, persons by `person:<id>` (with the office their cards
 * count for, when the cards are given); an unknown id is an error naming it.
 */
export function compareActors(db: Db, ids: readonly string[], cards: readonly Pick<StatementCard, 'personId' | 'date'>[] = []): CompareActor[] {
  const actorIds = ids.filter((id) => columnPersonId(id) === null)
  const rows = db
    .prepare('SELECT id, name, country FROM actors WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(actorIds)) as CompareActor[]
  const byId = new Map<string, CompareActor>(rows.map((r) => [r.id, r]))
  for (const [key, column] of personColumns(db, ids, cards)) byId.set(key, column)
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length) throw invalid(`Unknown actor${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`)
  return ids.map((id) => byId.get(id)!)
}
