/**
 * What the stages annotate a StatementDocument with and cache on it (document.ts): cue phrases (cues.ts) and speaker
 * references (speakers.ts). Kept apart from those stages so that the document model depends on no stage.
 */
import type { ActorMention } from '../actors/types'
import type { BodyKind } from './lexicon'

export type CueType = 'verb' | 'naming' | 'impersonal' | 'according' | 'post-according' | 'so' | 'locative' | 'anaphoric' | 'noun'

export interface Cue {
  type: CueType
  start: number
  end: number
  /** As written, with the middle field of a German verb frame elided: "teilte … mit". */
  text: string
}

export type RefType = 'actor' | 'generic' | 'role' | 'name' | 'pronoun'

export interface Ref {
  type: RefType
  start: number
  end: number
  mention?: ActorMention
  kind?: BodyKind | null
  /** A place name modifying a noun outside the registry ("the US military", "China's commerce ministry"): a country, not a speaker. */
  modifier?: boolean
  /** "a diplomat", "ein Sprecher": someone new and unnamed, not the current source. */
  indefinite?: boolean
  /** A generic body qualified by a nationality the registry does not know ("the Jordanian government"). */
  qualified?: boolean
  /** A generic office ("the Prime Minister") rather than an institution ("the government"). */
  office?: boolean
  /** A place after a preposition ("talks in Moscow", "the CDC in the US"): where, not who; a person after one ("mit Lawrow"): whom, not who. */
  located?: boolean
  /** The body a role compound names ("DRK" in "DRK-Generalsekretär", "NATO" in "NATO-Sprecher"). */
  prefix?: string
}

export interface RefGroup {
  start: number
  end: number
  refs: Ref[]
}
