/**
 * What the statement engine needs to know about a library, as plain data that can be posted to a worker
 * thread: the actors with their aliases, the lexicon they are matched with, and the known persons. An
 * import worker builds the engine's matcher and person index from it once and reads every file it
 * extracts with them, so the writer thread stores statements without running the engine itself.
 */
import type { KnownPerson } from '../actors/person-seed'
import type { Lexicon } from '../actors/lexicon'
import type { Actor } from '../actors/types'

export interface StatementContext {
  actors: Actor[]
  lexicon: Lexicon
  persons: KnownPerson[]
}

/**
 * Longer texts are books or dumps, not articles; reading them would hold up imports (the engine reads
 * ~2 MB/s). The same bound as StatementService's, so an import stores what a later run would.
 */
export const MAX_STATEMENT_TEXT = 2_000_000
