/**
 * The step between the engine and the library for people a text introduces with a title (titled-persons.ts):
 * the library learns them (actors/person-learning.ts) and the statements get their library ids in place of
 * the provisional ones the engine gave.
 */
import { isTitledId } from './titled-id'
import type { TitledPerson } from './types'
import type { StatementCandidate } from './types'

export interface PersonLearner {
  /** Stores the titled people of an article; their library ids by provisional id (null: nobody). */
  learn(articleId: number, date: string | null, found: readonly TitledPerson[]): Map<string, string | null>
}

/** The candidates with library person ids; provisional ids nobody stands for are dropped. */
export function learnedCandidates(
  candidates: StatementCandidate[],
  titled: readonly TitledPerson[],
  learn: ((found: readonly TitledPerson[]) => Map<string, string | null>) | undefined,
): StatementCandidate[] {
  const ids = learn && titled.length ? learn(titled) : new Map<string, string | null>()
  return candidates.map((c) => (isTitledId(c.personId) ? { ...c, personId: ids.get(c.personId!) ?? null } : c))
}
