/** A statement under construction, before scoring and clean-up. */
import type { StatementKind } from './types'
import type { Cue } from './annotations'
import type { SpeakerResolution } from './speakers'

export interface Draft {
  kind: StatementKind
  start: number
  end: number
  cue: Cue | null
  speaker: SpeakerResolution | null
  paragraph: number
  /** What the decision rests on; used for the confidence. */
  evidence: Evidence
  /** The news agency or outlet that carried it (carriers.ts). */
  channel?: string | null
  /** The person registry's id for the speaker (link-persons.ts), when one known person is meant. */
  personId?: string | null
  /**
   * The statement whose inquit this one's verb belongs to ("…,” he told CBS, saying …"): it has that speaker,
   * settled when that statement's is (complete-speakers.ts).
   */
  sharesSpeakerOf?: Draft
  /** Said in a clause set inside another statement's sentence: no later statement continues its speaker. */
  aside?: boolean
  /** Why the speaker stays open, where no later stage may fill it in ("zitierte einen Satz: „…“": quoted, nobody named). */
  speakerOpen?: string
  /** Decisions taken after the first attribution, in words, for the analyst. */
  reasons?: string[]
}

export interface Evidence {
  /** Typographic quotation marks (not straight quotes). */
  typographic?: boolean
  /** The quote stands as whole sentences with no attribution in its sentence: the source comes from context. */
  standalone?: boolean
  konjunktiv?: 'strong' | 'weak' | null
  /** Continues the previous source without a cue of its own. */
  chain?: boolean
  /** A content clause introduced by a complementizer (dass, that, что) or a colon. */
  complementizer?: boolean
  /** The object of a demand or announcement verb ("urged X to …", "призвал …", "forderte …"). */
  object?: boolean
}
