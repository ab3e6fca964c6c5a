import type { PersonIndex } from '../actors/person-index'
/** Statements found in an article's text. Offsets are UTF-16 code unit indices into the article text. */

export type StatementKind = 'direct' | 'partial' | 'reported'

export interface StatementCandidate {
  /** The statement's content as written (for direct/partial quotes: inside the quotation marks). */
  quote: string
  kind: StatementKind
  start: number
  end: number
  /** The verb/phrase that introduces or attributes it ("heißt es", "teilte … mit", "so", "said", "заявил"), or null. */
  cue: string | null
  /** The source mention as written ("das russische Außenministerium", "die Behörde"), or null when none found. */
  speaker: string | null
  speakerStart: number | null
  speakerEnd: number | null
  /** Whom the speaker mention refers to where resolved and different from it ("er" → "Herbert Diess", "the ministry" → the body's name), else null. */
  referent: string | null
  /** A news agency or outlet that carried the statement ("told RIA Novosti", "(dpa)"): the channel, not the speaker. */
  channel: string | null
  /** The known person (person registry id) the speaker is, whether or not they spoke for a body then; null when none or unsure. */
  personId: string | null
  /** The resolved actor, or null when unresolved or too uncertain (then needsReview is true). */
  actorId: string | null
  confidence: number
  needsReview: boolean
  /** Why: the cue, the mention and the rules that decided, in order, for the analyst (shown on hover). */
  reasons: string[]
}

export interface StatementExtractionOptions {
  /** ISO 639-1 language of the text (de, en, ru …); detection fallback when absent. */
  language?: string | null
  /** The article's publication date (ISO 8601): which office a known person held. */
  date?: string | null
  /** Known people and their offices; the shipped person registry when absent, none when null. */
  persons?: PersonIndex | null
  /**
   * Hears the people the text introduces with a title and a registered body (titled-persons.ts) before the
   * statements are read; their statements carry provisional person ids (`text:0`, …) for the caller to replace.
   * Without it, nobody is learned.
   */
  learnPersons?: (found: TitledPerson[]) => void
}

export interface TitledPerson {
  /** The full name as written ("Maria Sacharowa"). */
  name: string
  /** The name's span in the text. */
  start: number
  end: number
  /** spokesperson, foreign-minister, … (resources/persons/roles.json). */
  role: string
  /** The registered body the title names. */
  actorId: string
  /** The title with the name, as written ("Maria Sacharowa, Sprecherin des russischen Außenministeriums"). */
  phrase: string
  gender: 'f' | 'm' | null
  language: string
  /** Who the library already knows by this full name (the engine links them itself); empty for somebody new. */
  known: string[]
}
