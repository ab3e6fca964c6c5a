import type { Highlight, RecurringPhrase } from '../../../shared/api/compare'
import type { PhraseCard } from './build-model'
import type { TermGroup } from './text/terms'

/** A comparison's cards to find recurring phrases in, posted to the phrase worker. */
export interface PhraseJob {
  id: number
  cards: PhraseCard[]
  /** The title and scope: their words are the topic, not a shared formulation. */
  topicText: string
  /** The term layer's groups, and what identifies them (the worker rebuilds its index only when it changes). */
  terms: { signature: string; groups: TermGroup[] }
}

export type PhraseAnswer =
  | { id: number; ok: true; phrases: RecurringPhrase[]; highlights: Highlight[][] }
  | { id: number; ok: false; message: string }
