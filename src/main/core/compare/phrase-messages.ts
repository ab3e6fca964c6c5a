import type { Highlight, RecurringPhrase, ThemeSuggestion } from '../../../shared/api/compare'
import type { PhraseCard, ThemesInput } from './build-model'
import type { TermGroup } from './text/terms'

/** A comparison's cards to find recurring phrases (and, for the themes layout, suggested themes) in, posted to the phrase worker. */
export interface PhraseJob {
  id: number
  cards: PhraseCard[]
  /** The title and scope: their words are the topic, not a shared formulation. */
  topicText: string
  /** The term layer's groups, and what identifies them (the worker rebuilds its index only when it changes). */
  terms: { signature: string; groups: TermGroup[] }
  /** The themes layout: also cluster the cards into suggested themes. */
  themes?: ThemesInput
}

/** What the worker found: the phrases, each card's highlights, and the suggested themes (none for a timeline). */
export interface PhraseFindings {
  phrases: RecurringPhrase[]
  highlights: Highlight[][]
  suggestions: ThemeSuggestion[]
}

export type PhraseAnswer = ({ id: number; ok: true } & PhraseFindings) | { id: number; ok: false; message: string }
