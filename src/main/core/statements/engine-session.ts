/**
 * The statement engine built from a StatementContext (engine-context.ts): used where extraction runs
 * away from the library (import workers). Building the matcher takes a while, so one session serves
 * every text until the context changes.
 */
import { CompiledActorMatcher } from '../actors/matcher'
import { createPersonIndex, type PersonIndex } from '../actors/person-index'
import { MAX_STATEMENT_TEXT, type StatementContext } from './engine-context'
import { extractStatements } from './extract'
import type { TitledPerson } from './types'
import type { StatementCandidate } from './types'

export class EngineSession {
  private built: { matcher: CompiledActorMatcher; persons: PersonIndex } | null = null

  constructor(private readonly context: StatementContext) {}

  /**
   * The statements of an article's stored text, read as StatementService reads a stored article; `learnPersons`
   * hears the people its titles introduce (their statements carry provisional ids until the library learns them).
   */
  extract(text: string, language: string | null, publishedAt: string | null, learnPersons?: (found: TitledPerson[]) => void): StatementCandidate[] {
    if (text.length > MAX_STATEMENT_TEXT) {
      throw new Error(`the text is too long for statement extraction (${text.length} characters; news articles have far fewer)`)
    }
    this.built ??= {
      matcher: new CompiledActorMatcher(this.context.actors, this.context.lexicon),
      persons: createPersonIndex(this.context.persons),
    }
    return extractStatements(text, this.built.matcher, { language, date: publishedAt, persons: this.built.persons, ...(learnPersons ? { learnPersons } : {}) })
  }
}
